// Resolves bare specifiers that an ES module cannot find from its own folder against the NODE_PATH folders,
// where Stratus provides the AWS SDK that the managed runtime bundles (ES modules ignore NODE_PATH).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let parents = [];

export async function initialize(data) {
  parents = data.nodePath.map((dir) => pathToFileURL(path.join(dir, 'resolve-from-here.mjs')).href);
}

function isBare(specifier) {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.includes(':');
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND' || !isBare(specifier)) {
      throw error;
    }
    for (const parentURL of parents) {
      try {
        return await nextResolve(specifier, { ...context, parentURL });
      } catch (ignored) {
        // not in this folder either: try the next one
      }
    }
    throw error;
  }
}
