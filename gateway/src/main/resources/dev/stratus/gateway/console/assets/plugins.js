// A page a service adds (dev.stratus.spi.ConsolePage): its page.js, served from the service's jar, renders into the
// container with what this module hands it.
import { currentScope, jsonCall, queryCall } from './aws.js';
import { h, show } from './dom.js';

export async function pluginView(container, service, route) {
  const module = await import(`./plugins/${encodeURIComponent(service)}/page.js`);
  await module.render(container, {
    h,
    show,
    scope: currentScope,
    json: jsonCall,
    query: queryCall,
    route,
    link: (...parts) => `#/plugins/${encodeURIComponent(service)}/${parts.map(encodeURIComponent).join('/')}`,
  });
}
