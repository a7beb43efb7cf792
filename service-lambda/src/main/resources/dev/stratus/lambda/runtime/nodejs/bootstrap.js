'use strict';
// Stratus's Node.js runtime: loads the function's handler, then runs the Lambda Runtime API loop,
// behaving as AWS's managed Node.js runtime does (handler styles, context, error shapes, log format).

const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');
const Module = require('module');
const { pathToFileURL } = require('url');

const RUNTIME_PATH = '/2018-06-01/runtime';
const api = splitHostPort(process.env.AWS_LAMBDA_RUNTIME_API);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const taskRoot = process.env.LAMBDA_TASK_ROOT;

let currentRequestId; // undefined outside an invocation, which is what AWS prints for init-time logs
let finishCurrent = null; // settles the running invocation: (error, result) => void
let onEmptyEventLoop = null;

function splitHostPort(address) {
  const colon = address.lastIndexOf(':');
  return { host: address.slice(0, colon), port: Number(address.slice(colon + 1)) };
}

function request(method, urlPath, body, headers) {
  return new Promise((resolve, reject) => {
    const allHeaders = Object.assign({}, headers);
    if (body !== undefined) {
      allHeaders['Content-Length'] = body.length;
    }
    const req = http.request({ host: api.host, port: api.port, method, path: urlPath, agent, headers: allHeaders }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function patchConsole() {
  const writer = (level) => (...args) => {
    process.stdout.write(`${new Date().toISOString()}\t${currentRequestId}\t${level}\t${util.format(...args)}\n`);
  };
  console.log = writer('INFO');
  console.info = writer('INFO');
  console.warn = writer('WARN');
  console.error = writer('ERROR');
  console.debug = writer('DEBUG');
  console.trace = writer('TRACE');
}

// The JS SDK v2 does not read AWS_ENDPOINT_URL: point its global configuration at Stratus as soon as it
// is set up (lib/node_loader.js, loaded by `aws-sdk` and by `aws-sdk/clients/*`), from require or import.
function pointSdkV2AtStratus() {
  const endpoint = process.env.AWS_ENDPOINT_URL;
  if (!endpoint) {
    return;
  }
  const sdkLoader = path.join('aws-sdk', 'lib', 'node_loader.js');
  const compileJs = Module._extensions['.js'];
  Module._extensions['.js'] = function (module, filename) {
    compileJs.apply(this, arguments);
    if (filename.endsWith(sdkLoader) && module.exports && module.exports.config) {
      module.exports.config.update({ endpoint });
    }
  };
}

class RuntimeError extends Error {
  constructor(type, message, cause) {
    super(message);
    this.name = type;
    if (cause && cause.stack) {
      this.stack = `${type}: ${message}\n${cause.stack.split('\n').slice(1).join('\n')}`;
    }
  }
}

function errorBody(error) {
  if (error instanceof Error) {
    return { errorType: error.name, errorMessage: error.message, trace: String(error.stack || '').split('\n') };
  }
  const message = typeof error === 'object' ? JSON.stringify(error) : String(error);
  return { errorType: typeof error, errorMessage: message, trace: [] };
}

function splitHandler(handler) {
  const slash = handler.lastIndexOf('/');
  const base = handler.slice(slash + 1);
  const dot = base.indexOf('.');
  if (dot <= 0) {
    throw new RuntimeError('Runtime.MalformedHandlerName', `Bad handler ${handler}`);
  }
  return { moduleName: handler.slice(0, slash + 1) + base.slice(0, dot), exportPath: base.slice(dot + 1) };
}

function isEsModuleScope(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        return JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module';
      } catch (e) {
        return false;
      }
    }
    if (dir === path.dirname(dir)) {
      return false;
    }
  }
}

let sdkResolverRegistered = false;

// ES modules ignore NODE_PATH: a resolve hook lets `import ... from "@aws-sdk/..."` find the bundled SDK.
function registerSdkResolver() {
  const nodePath = (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean);
  if (sdkResolverRegistered || nodePath.length === 0 || typeof Module.register !== 'function') {
    return;
  }
  sdkResolverRegistered = true;
  Module.register(pathToFileURL(path.join(__dirname, 'sdk-resolve-hook.mjs')).href, { data: { nodePath } });
}

async function importModule(moduleName) {
  const base = path.resolve(taskRoot, moduleName);
  for (const extension of ['.js', '.mjs', '.cjs']) {
    const file = base + extension;
    if (!fs.existsSync(file)) {
      continue;
    }
    if (extension === '.mjs' || (extension === '.js' && isEsModuleScope(file))) {
      registerSdkResolver();
      return import(pathToFileURL(file).href);
    }
    return require(file);
  }
  let resolved;
  try {
    resolved = require.resolve(base);
  } catch (e) {
    throw new RuntimeError('Runtime.ImportModuleError',
      `Error: Cannot find module '${moduleName}'\nRequire stack:\n- ${__filename}`);
  }
  return require(resolved);
}

async function loadHandler() {
  const { moduleName, exportPath } = splitHandler(process.env._HANDLER);
  let userModule;
  try {
    userModule = await importModule(moduleName);
  } catch (e) {
    if (e instanceof RuntimeError) {
      throw e;
    }
    if (e && (e.code === 'MODULE_NOT_FOUND' || e.code === 'ERR_MODULE_NOT_FOUND')) {
      throw new RuntimeError('Runtime.ImportModuleError', `Error: ${e.message}`, e);
    }
    if (e instanceof SyntaxError) {
      throw new RuntimeError('Runtime.UserCodeSyntaxError', `SyntaxError: ${e.message}`, e);
    }
    throw e;
  }
  const handler = exportPath.split('.').reduce((value, key) => (value == null ? undefined : value[key]), userModule);
  if (handler === undefined || handler === null) {
    throw new RuntimeError('Runtime.HandlerNotFound', `${moduleName}.${exportPath} is undefined or not exported`);
  }
  if (typeof handler !== 'function') {
    throw new RuntimeError('Runtime.HandlerNotFound', `${moduleName}.${exportPath} is not a function`);
  }
  return handler;
}

function postError(urlPath, error) {
  const body = errorBody(error);
  return request('POST', urlPath, Buffer.from(JSON.stringify(body)), {
    'Content-Type': 'application/json',
    'Lambda-Runtime-Function-Error-Type': body.errorType,
  });
}

function postResult(requestId, error, result) {
  const invocation = `${RUNTIME_PATH}/invocation/${requestId}`;
  if (error !== undefined && error !== null) {
    return postError(`${invocation}/error`, error);
  }
  let payload;
  try {
    payload = JSON.stringify(result === undefined ? null : result);
  } catch (e) {
    return postError(`${invocation}/error`, new RuntimeError('Runtime.MarshalError', `Unable to stringify response body: ${e.message}`));
  }
  return request('POST', `${invocation}/response`, Buffer.from(payload), { 'Content-Type': 'application/json' });
}

// Handlers wrapped in awslambda.streamifyResponse write their response to a stream, which goes to the Runtime API
// as they write it (chunked), as AWS's managed runtime streams it.
const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HTTP_INTEGRATION = 'application/vnd.awslambda.http-integration-response';

globalThis.awslambda = {
  streamifyResponse(handler) {
    handler[STREAMING] = 'response';
    return handler;
  },
  HttpResponseStream: {
    // A function URL's streamed response: the status, headers and cookies as JSON, 8 zero bytes, then the body.
    from(stream, prelude) {
      stream.setContentType(HTTP_INTEGRATION);
      stream.write(JSON.stringify(prelude || {}));
      stream.write(Buffer.alloc(8));
      return stream;
    },
  },
};

function openResponseStream(requestId) {
  const req = http.request({
    host: api.host, port: api.port, method: 'POST', agent,
    path: `${RUNTIME_PATH}/invocation/${requestId}/response`,
    headers: {
      'Lambda-Runtime-Function-Response-Mode': 'streaming',
      'Transfer-Encoding': 'chunked',
      'Content-Type': 'application/octet-stream',
    },
  });
  const answered = new Promise((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
  });
  req.setContentType = (type) => req.setHeader('Content-Type', type);
  return { stream: req, answered };
}

async function invokeStreaming(handler, event, context, requestId) {
  const { stream, answered } = openResponseStream(requestId);
  try {
    await handler(event, stream, context);
  } catch (error) {
    if (!stream.headersSent) {
      stream.destroy();
      await postError(`${RUNTIME_PATH}/invocation/${requestId}/error`, error);
      return;
    }
    console.error(error);
  }
  if (!stream.writableEnded) {
    stream.end();
  }
  await answered;
}

function parseJsonHeader(value) {
  return value === undefined ? undefined : JSON.parse(value);
}

function invoke(handler, next) {
  return new Promise((done, fail) => {
    const headers = next.headers;
    const requestId = headers['lambda-runtime-aws-request-id'];
    const deadline = Number(headers['lambda-runtime-deadline-ms']);
    currentRequestId = requestId;
    if (headers['lambda-runtime-trace-id']) {
      process.env._X_AMZN_TRACE_ID = headers['lambda-runtime-trace-id'];
    } else {
      delete process.env._X_AMZN_TRACE_ID;
    }
    let finished = false;
    const finish = (error, result) => {
      if (finished) {
        return;
      }
      finished = true;
      finishCurrent = null;
      onEmptyEventLoop = null;
      postResult(requestId, error, result).then(done, fail);
    };
    finishCurrent = finish;
    // A handler that neither returns a promise nor calls back answers null once nothing is left to run.
    onEmptyEventLoop = () => finish(null, null);
    const callback = (error, result) => {
      if ((error === undefined || error === null) && context.callbackWaitsForEmptyEventLoop) {
        onEmptyEventLoop = () => finish(null, result);
      } else {
        finish(error, result);
      }
    };
    const context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
      invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
      memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      awsRequestId: requestId,
      logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
      logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
      clientContext: parseJsonHeader(headers['lambda-runtime-client-context']),
      identity: parseJsonHeader(headers['lambda-runtime-cognito-identity']),
      getRemainingTimeInMillis: () => Math.max(deadline - Date.now(), 0),
      done: (error, result) => finish(error, result),
      succeed: (result) => finish(null, result),
      fail: (error) => finish(error === undefined || error === null ? 'handled' : error),
    };
    let event;
    try {
      event = JSON.parse(next.body.toString('utf8'));
    } catch (e) {
      finish(new RuntimeError('Runtime.UnmarshalError', `Unable to parse event: ${e.message}`));
      return;
    }
    if (handler[STREAMING] === 'response') {
      finishCurrent = null;
      onEmptyEventLoop = null;
      invokeStreaming(handler, event, context, requestId).then(done, fail);
      return;
    }
    try {
      const returned = handler(event, context, callback);
      if (returned && typeof returned.then === 'function') {
        returned.then((result) => finish(null, result), (error) => finish(error === undefined ? 'undefined' : error));
      }
    } catch (e) {
      finish(e);
    }
  });
}

function failInvocationAndExit(error, exitCode) {
  console.error(error);
  const finish = finishCurrent;
  if (!finish) {
    process.exit(exitCode);
  }
  finishCurrent = null;
  postError(`${RUNTIME_PATH}/invocation/${currentRequestId}/error`, error)
    .finally(() => process.exit(exitCode));
}

async function main() {
  patchConsole();
  pointSdkV2AtStratus();
  process.on('beforeExit', () => {
    const action = onEmptyEventLoop;
    onEmptyEventLoop = null;
    if (action) {
      setImmediate(action);
    }
  });
  process.on('uncaughtException', (error) => failInvocationAndExit(error, 129));
  process.on('unhandledRejection', (reason) => {
    const message = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    failInvocationAndExit(new RuntimeError('Runtime.UnhandledPromiseRejection', message, reason), 128);
  });
  let handler;
  try {
    handler = await loadHandler();
  } catch (e) {
    console.error(e);
    await postError(`${RUNTIME_PATH}/init/error`, e);
    process.exit(1);
  }
  for (;;) {
    const next = await request('GET', `${RUNTIME_PATH}/invocation/next`);
    if (next.status !== 200) {
      process.exit(1);
    }
    await invoke(handler, next);
    currentRequestId = undefined;
  }
}

main().catch(() => process.exit(1));
