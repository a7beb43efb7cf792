// A page a service adds (dev.stratus.spi.ConsolePage): its page.js, served from the service's jar, renders into the
// container with what this module hands it.
import { consoleApi, currentScope, jsonCall, queryCall } from './aws.js';
import { h, show } from './dom.js';
import { onChange } from './live.js';

export async function pluginView(container, service, route) {
  const module = await import(`./plugins/${encodeURIComponent(service)}/page.js`);
  await module.render(container, {
    h,
    show,
    scope: currentScope,
    json: jsonCall,
    query: queryCall,
    view: (name, parameters) => consoleApi(`view/${encodeURIComponent(service)}/${encodeURIComponent(name)}`, parameters),
    on: (kind, refresh, matches) => onChange(service, kind, refresh, matches),
    route,
    link: (...parts) => `#/plugins/${encodeURIComponent(service)}/${parts.map(encodeURIComponent).join('/')}`,
  });
}
