console.log('Loading function');
var AWS = require('aws-sdk');

exports.handler = function(event, context, callback) {
    event.Records.forEach(function(record) {
        console.log('Stream record: ', JSON.stringify(record, null, 2));
    });
    callback(null, "Successfully processed " + event.Records.length + " records.");
};
