// Calls the AWS APIs of this Stratus from the page. The request is not signed: the Authorization header only
// carries the credential scope that tells Stratus the account (a 12-digit access key) and the region, and the
// console's session token (from api/session, handed only to this origin) lets the calls through --auth sigv4.

const scope = {
  account: localStorage.getItem('stratus.account') || '000000000000',
  region: localStorage.getItem('stratus.region') || 'us-east-1',
};

export function currentScope() {
  return { ...scope };
}

export function switchScope(account, region) {
  scope.account = account;
  scope.region = region;
  localStorage.setItem('stratus.account', account);
  localStorage.setItem('stratus.region', region);
}

export class AwsError extends Error {
  constructor(type, message, status) {
    super(`${type}: ${message}`);
    this.type = type;
    this.status = status;
  }
}

function authorization(signingName) {
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return `AWS4-HMAC-SHA256 Credential=${scope.account}/${day}/${scope.region}/${signingName}/aws4_request, `
    + 'SignedHeaders=host, Signature=console';
}

let session;

function sessionToken() {
  session = session || fetch('api/session').then((response) => response.json()).then((body) => body.token);
  return session;
}

async function headers(signingName, extra) {
  return { Authorization: authorization(signingName), 'X-Stratus-Console': await sessionToken(), ...extra };
}

async function answer(response) {
  const text = await response.text();
  let body;
  try {
    body = text ? JSON.parse(text) : {};
  } catch (error) {
    body = { raw: text };
  }
  if (!response.ok) {
    const type = String(response.headers.get('X-Amzn-ErrorType') || body.__type || 'Error')
      .split(':')[0].split('#').pop();
    throw new AwsError(type, body.message || body.Message || response.statusText, response.status);
  }
  return body;
}

/** An AWS JSON 1.0 call: the operation's output, or an AwsError. */
export async function jsonCall(targetPrefix, signingName, operation, input) {
  const response = await fetch('/', {
    method: 'POST',
    headers: await headers(signingName, {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `${targetPrefix}.${operation}`,
    }),
    body: JSON.stringify(input),
  });
  return answer(response);
}

/** An AWS query call (form parameters in, XML out): the response's XML document, or an AwsError. */
export async function queryCall(signingName, action, parameters = {}) {
  const response = await fetch('/', {
    method: 'POST',
    headers: await headers(signingName, { 'Content-Type': 'application/x-www-form-urlencoded' }),
    body: new URLSearchParams({ Action: action, ...parameters }),
  });
  const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (!response.ok) {
    const text = (name) => (document.getElementsByTagName(name)[0] || {}).textContent || '';
    throw new AwsError(text('Code') || 'Error', text('Message') || response.statusText, response.status);
  }
  return document;
}

/** A Lambda REST call: method, path after the API version (2015-03-31 unless given), JSON body. */
export async function lambda(method, path, body, extra = {}, version = '2015-03-31') {
  const response = await fetch(`/${version}/${path}`, {
    method,
    headers: await headers('lambda', { 'Content-Type': 'application/json', ...extra }),
    body: body === undefined ? undefined : body,
  });
  if (extra['X-Amz-Log-Type']) {
    if (!response.ok) await answer(response);
    return { response, payload: await response.text() };
  }
  return answer(response);
}

export const dynamodb = (operation, input = {}) => jsonCall('DynamoDB_20120810', 'dynamodb', operation, input);

export const dynamodbStreams = (operation, input = {}) =>
  jsonCall('DynamoDBStreams_20120810', 'dynamodb', operation, input);

/** A console endpoint of Stratus's own (api/...), in the chosen account and region. */
export async function consoleApi(name, parameters = {}) {
  const query = new URLSearchParams({ account: scope.account, region: scope.region, ...parameters });
  return answer(await fetch(`api/${name}?${query}`));
}

/** Opens the live records of a stream: onRecord(record) for each, onReady() once subscribed. */
export function streamRecords(streamArn, { onReady, onRecord, onFailure }) {
  const query = new URLSearchParams({ streamArn, account: scope.account, region: scope.region });
  const source = new EventSource(`api/stream-records?${query}`);
  source.addEventListener('ready', () => onReady && onReady());
  source.addEventListener('record', (event) => onRecord(JSON.parse(event.data)));
  source.addEventListener('failure', (event) => {
    source.close();
    onFailure && onFailure(JSON.parse(event.data));
  });
  return source;
}

export async function health() {
  const response = await fetch('/_stratus/health');
  return response.json();
}
