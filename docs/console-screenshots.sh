#!/bin/sh
# Takes the console screenshots of the README with Debian's headless chromium, against a Stratus this script
# starts from the built distribution (./mvnw -q -B package -DskipTests first). Usage: docs/console-screenshots.sh
set -eu
cd "$(dirname "$0")/.."
home=distribution/target/stratus
port=${STRATUS_PORT:-4599}
work=$(mktemp -d)
"$home/bin/stratus" --port "$port" > "$work/stratus.log" 2>&1 &
pid=$!
trap 'kill $pid; rm -rf "$work"' EXIT
timeout 60 sh -c "until curl -fs http://127.0.0.1:$port/_stratus/health > /dev/null; do sleep 0.2; done"
aws() { STRATUS_PORT=$port "$home/bin/awslocal" "$@" > /dev/null; }

aws dynamodb create-table --table-name Orders --billing-mode PAY_PER_REQUEST \
    --attribute-definitions AttributeName=OrderId,AttributeType=S AttributeName=Placed,AttributeType=S \
    --key-schema AttributeName=OrderId,KeyType=HASH AttributeName=Placed,KeyType=RANGE \
    --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES
for i in 1 2 3; do
    aws dynamodb put-item --table-name Orders \
        --item "{\"OrderId\":{\"S\":\"order-$i\"},\"Placed\":{\"S\":\"2026-12-0${i}T10:00:00Z\"},\"Total\":{\"N\":\"${i}9.90\"}}"
done
stream=$(STRATUS_PORT=$port "$home/bin/awslocal" dynamodb describe-table --table-name Orders \
    --query Table.LatestStreamArn --output text)
cat > "$work/index.js" <<'JS'
exports.handler = async (event) => {
    for (const record of event.Records || []) console.log(record.eventName, JSON.stringify(record.dynamodb.Keys));
    return { processed: (event.Records || []).length };
};
JS
(cd "$work" && zip -q fn.zip index.js)
aws lambda create-function --function-name notify-order --runtime nodejs20.x --handler index.handler \
    --role arn:aws:iam::000000000000:role/notify --zip-file "fileb://$work/fn.zip"
aws lambda publish-version --function-name notify-order
aws lambda create-alias --function-name notify-order --name live --function-version 1
aws lambda create-event-source-mapping --function-name notify-order --event-source-arn "$stream" \
    --starting-position TRIM_HORIZON
timeout 30 sh -c "until grep -q 'REPORT RequestId' '$work/stratus.log'; do sleep 0.2; done"

shot() {
    timeout 60 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"$2" \
        --virtual-time-budget=3000 --timeout=4000 --screenshot="docs/$1.png" \
        "http://127.0.0.1:$port/_stratus/console/$3" > /dev/null 2>&1
}
shot console-overview 620 '#/'
shot console-table 900 '#/dynamodb/Orders'
shot console-function 1100 '#/lambda/notify-order'
