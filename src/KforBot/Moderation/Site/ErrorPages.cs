using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace KforBot.Moderation.Site;

/// <summary>
/// A page for every error that would otherwise reach the browser blank: a rejected form (400), a missing page,
/// too many sign-ins, a server failure (500). Each says what happened and links back.
/// </summary>
internal static class ErrorPages
{
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        // The failure itself is logged by the exception handler; the moderator sees no detail of it.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => WriteAsync(context, StatusCodes.Status500InternalServerError),
        });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        return app;
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        var (title, text) = status switch
        {
            StatusCodes.Status400BadRequest => (
                "Form not accepted",
                "The form was not accepted: it had expired (the site was restarted, or you signed in again elsewhere) or it did not come from this site. Nothing was changed. Go back, reload the page and try again."),
            StatusCodes.Status404NotFound => ("Not found", "There is no such page on this site."),
            StatusCodes.Status405MethodNotAllowed => ("Not allowed", "This page cannot be used that way."),
            StatusCodes.Status429TooManyRequests => (
                "Too many attempts",
                "Too many sign-in attempts came from your address in a short time. Wait a minute, then try again."),
            >= 500 => (
                "Something went wrong",
                "The site failed while handling this request; the failure is in its log for the operator. Nothing was changed that the page did not confirm. Go back and try again in a moment."),
            _ => ("Request not handled", "The site could not handle this request."),
        };
        var body = Html.Of($"""<h1>{title}</h1><p>{text}</p><p><a href="/">Back to the conversations</a></p>""");
        context.Response.StatusCode = status;
        return Layout.Page(context, title, body, status, navigation: false).ExecuteAsync(context);
    }
}
