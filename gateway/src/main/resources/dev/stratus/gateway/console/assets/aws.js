// Calls the AWS JSON APIs of this Stratus from the page. The request is not signed (Stratus does not check
// signatures unless started with --auth sigv4); the Authorization header only carries the credential scope that
// tells Stratus the account (a 12-digit access key) and the region.

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

async function jsonCall(targetPrefix, signingName, operation, input) {
  const response = await fetch('/', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `${targetPrefix}.${operation}`,
      Authorization: authorization(signingName),
    },
    body: JSON.stringify(input),
  });
  return answer(response);
}

/** A Lambda REST call: method, path under /2015-03-31/, JSON body; the raw Response when raw is set. */
export async function lambda(method, path, body, headers = {}) {
  const response = await fetch(`/2015-03-31/${path}`, {
    method,
    headers: { Authorization: authorization('lambda'), 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : body,
  });
  if (headers['X-Amz-Log-Type']) {
    if (!response.ok) await answer(response);
    return { response, payload: await response.text() };
  }
  return answer(response);
}

export const dynamodb = (operation, input = {}) => jsonCall('DynamoDB_20120810', 'dynamodb', operation, input);

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
