"""Stratus's Python runtime: loads the function's handler, then runs the Lambda Runtime API loop,
behaving as AWS's managed Python runtime does (context, error shapes, log format)."""

import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback
from types import SimpleNamespace

RUNTIME_PATH = "/2018-06-01/runtime"


class FaultError(Exception):
    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace or []


class RuntimeApi:
    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.connection = http.client.HTTPConnection(host, int(port))

    def next(self):
        self.connection.request("GET", RUNTIME_PATH + "/invocation/next")
        response = self.connection.getresponse()
        return response.headers, response.read()

    def post(self, path, body, headers=None):
        all_headers = {"Content-Type": "application/json"}
        all_headers.update(headers or {})
        self.connection.request("POST", RUNTIME_PATH + path, body=body, headers=all_headers)
        self.connection.getresponse().read()

    def post_error(self, path, error):
        self.post(path, json.dumps(error).encode("utf-8"),
                  {"Lambda-Runtime-Function-Error-Type": error["errorType"]})


class LambdaContext:
    def __init__(self, headers):
        self.aws_request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        self.invoked_function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.client_context = _client_context(headers.get("Lambda-Runtime-Client-Context"))
        identity = headers.get("Lambda-Runtime-Cognito-Identity")
        self.identity = SimpleNamespace(**json.loads(identity)) if identity else None
        self._deadline_ms = int(headers.get("Lambda-Runtime-Deadline-Ms", "0"))

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)


def _client_context(text):
    if not text:
        return None
    parsed = json.loads(text)
    client = parsed.get("client")
    return SimpleNamespace(client=SimpleNamespace(**client) if client else None,
                           custom=parsed.get("custom"), env=parsed.get("env"))


class RequestIdFilter(logging.Filter):
    request_id = None

    def filter(self, record):
        record.aws_request_id = RequestIdFilter.request_id
        return True


def configure_logging():
    handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)


def user_frames(tb):
    return traceback.format_list([frame for frame in traceback.extract_tb(tb) if frame.filename != __file__])


def error_result(error, tb, request_id=None):
    result = {"errorMessage": str(error), "errorType": type(error).__name__}
    if request_id:
        result["requestId"] = request_id
    result["stackTrace"] = user_frames(tb)
    return result


def fault_result(fault):
    return {"errorMessage": fault.message, "errorType": fault.error_type, "stackTrace": fault.trace}


def load_handler(handler):
    if "." not in handler:
        raise FaultError("Runtime.MalformedHandlerName",
                         "Bad handler '%s': not enough values to unpack (expected 2, got 1)" % handler)
    module_name, function_name = handler.rsplit(".", 1)
    module_name = module_name.replace("/", ".")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise FaultError("Runtime.ImportModuleError",
                         "Unable to import module '%s': %s" % (module_name, error)) from None
    except SyntaxError as error:
        trace = ['  File "%s" Line %s\n    %s' % (error.filename, error.lineno, error.text)]
        raise FaultError("Runtime.UserCodeSyntaxError",
                         "Syntax error in module '%s': %s" % (module_name, error), trace) from None
    function = getattr(module, function_name, None)
    if function is None:
        raise FaultError("Runtime.HandlerNotFound",
                         "Handler '%s' missing on module '%s'" % (function_name, module_name))
    return function


def invoke(api, handler, headers, body):
    request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
    RequestIdFilter.request_id = request_id
    trace_id = headers.get("Lambda-Runtime-Trace-Id")
    if trace_id:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    error_path = "/invocation/%s/error" % request_id
    try:
        event = json.loads(body) if body else {}
    except ValueError as error:
        api.post_error(error_path, fault_result(FaultError("Runtime.UnmarshalError", "Unable to unmarshal input: %s" % error)))
        return
    try:
        result = handler(event, LambdaContext(headers))
    except Exception as error:
        result_error = error_result(error, sys.exc_info()[2], request_id)
        print("[ERROR] %s: %s" % (result_error["errorType"], result_error["errorMessage"]), flush=True)
        api.post_error(error_path, result_error)
        return
    try:
        payload = json.dumps(result).encode("utf-8")
    except (TypeError, ValueError) as error:
        api.post_error(error_path, fault_result(FaultError("Runtime.MarshalError", "Unable to marshal response: %s" % error)))
        return
    api.post("/invocation/%s/response" % request_id, payload)


def main():
    task_root = os.environ["LAMBDA_TASK_ROOT"]
    # The script's own folder (the runtime's) must not shadow the function's modules.
    sys.path[0] = task_root
    configure_logging()
    api = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    try:
        handler = load_handler(os.environ["_HANDLER"])
    except FaultError as fault:
        print("[ERROR] %s: %s" % (fault.error_type, fault.message), flush=True)
        api.post_error("/init/error", fault_result(fault))
        sys.exit(1)
    except Exception as error:
        result = error_result(error, sys.exc_info()[2])
        print("[ERROR] %s: %s" % (result["errorType"], result["errorMessage"]), flush=True)
        api.post_error("/init/error", result)
        sys.exit(1)
    while True:
        headers, body = api.next()
        invoke(api, handler, headers, body)


if __name__ == "__main__":
    main()
