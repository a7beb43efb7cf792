package dev.stratus.gateway.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lambda function URLs. A request to the host {@code <url-id>.lambda-url.<region>.localhost} becomes the URL's path
 * form {@code /lambda-url/<url-id>/<path>}, which Lambda owns. Function URL requests skip the gateway's CORS
 * (each URL has its own CORS settings) and its signature check (each URL says whether it wants a signature: a
 * signature sent to any of them is checked by {@link FunctionUrlSignature}).
 */
final class FunctionUrlRouting extends Handler.Wrapper {

    private static final String PATH_PREFIX = "/lambda-url/";
    private static final String HOST_MARK = ".lambda-url.";
    private static final String SENT_PATH = FunctionUrlRouting.class.getName() + ".sentPath";
    private static final Pattern HOST = Pattern.compile("([a-z0-9]+)\\.lambda-url\\.[a-z0-9-]+\\.localhost(:\\d+)?",
            Pattern.CASE_INSENSITIVE);

    private final Handler functionUrls;

    /**
     * @param functionUrls the handler of function URL requests
     * @param others       the handler of every other request
     */
    FunctionUrlRouting(Handler functionUrls, Handler others) {
        super(others);
        this.functionUrls = functionUrls;
    }

    static boolean isFunctionUrl(String path) {
        return path.startsWith(PATH_PREFIX);
    }

    /** The path as the client sent it (and signed it): the host form's own path, not the path form it became. */
    static String sentPath(Request request) {
        Object sent = request.getAttribute(SENT_PATH);
        return sent == null ? request.getHttpURI().getPath() : (String) sent;
    }

    /** Whether the host names a function URL at all, before the pattern says whether it names one well. */
    private static boolean mentionsFunctionUrl(String host) {
        for (int i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
            if (host.regionMatches(true, i, HOST_MARK, 0, HOST_MARK.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        Matcher matcher = host == null || !mentionsFunctionUrl(host) ? null : HOST.matcher(host);
        if (matcher != null && matcher.matches()) {
            HttpURI uri = HttpURI.build(request.getHttpURI())
                    .path(PATH_PREFIX + matcher.group(1).toLowerCase(java.util.Locale.ROOT)
                            + request.getHttpURI().getPath());
            request.setAttribute(SENT_PATH, request.getHttpURI().getPath());
            return functionUrls.handle(new Request.Wrapper(request) {
                @Override
                public HttpURI getHttpURI() {
                    return uri;
                }
            }, response, callback);
        }
        if (isFunctionUrl(request.getHttpURI().getPath())) {
            return functionUrls.handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }
}
