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

async function jsonCall(targetPrefix, signingName, operation, input) {
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const response = await fetch('/', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `${targetPrefix}.${operation}`,
      Authorization: `AWS4-HMAC-SHA256 Credential=${scope.account}/${day}/${scope.region}/${signingName}/aws4_request, `
        + 'SignedHeaders=content-type;host;x-amz-target, Signature=console',
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const type = String(body.__type || 'Error').split('#').pop();
    throw new AwsError(type, body.message || body.Message || response.statusText, response.status);
  }
  return body;
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
