using Microsoft.AspNetCore.Http;

namespace KforBot.Moderation.Site;

/// <summary>
/// Headers on every response, error pages included: no script runs and nothing loads from elsewhere (the pages need
/// neither), no page may be framed, content types are not guessed, no address leaks to the sites of cited articles,
/// and no page is cached.
/// </summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    // The values the anti-forgery service sets on every page with a form: set the same way from the start, it has
    // nothing to override and so no warning to log.
    private const string NoCache = "no-cache, no-store";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var response = context.Response;
        response.Headers.CacheControl = NoCache;
        response.Headers.Pragma = "no-cache";

        // Set again as the response starts: the exception handler clears the headers before it writes the error page.
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (headers.CacheControl.Count == 0)
            {
                headers.CacheControl = NoCache;
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
