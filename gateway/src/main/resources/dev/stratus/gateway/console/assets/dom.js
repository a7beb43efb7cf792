// Builds elements without HTML strings, so names and values from the services are never parsed as markup.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (value !== undefined && value !== null && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** Replaces the container's children; null, undefined and false stand for nothing. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat().filter((child) => child !== undefined && child !== null && child !== false));
}

export function errorText(error) {
  return h('p', { class: 'error', 'data-test': 'error' }, error.message);
}

/** Runs an async action, showing its failure in place of the element. */
export async function guarded(container, action) {
  try {
    await action();
  } catch (error) {
    container.append(errorText(error));
  }
}
