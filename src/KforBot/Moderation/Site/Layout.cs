using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Moderation.Site;

/// <summary>The frame of every page: head, navigation with the signed-in moderator and sign-out, the page's body.</summary>
internal static class Layout
{
    // Error pages pass navigation: false: they make no form token, whatever state the request failed in.
    public static IResult Page(HttpContext context, string title, Html body, int statusCode = StatusCodes.Status200OK, bool navigation = true)
    {
        var moderator = navigation && context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
        var nav = moderator is null
            ? Html.Empty
            : Html.Of($"""
                <nav>
                  <a href="/">Conversations</a>
                  <a href="/gaps">Corpus gaps</a>
                  <form method="post" action="/sign-out" class="sign-out">{Token(context)}<span>{moderator}</span> <button type="submit">Sign out</button></form>
                </nav>
                """);
        var page = Html.Of($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · KforBot moderation</title>
            <link rel="stylesheet" href="/site.css">
            </head>
            <body>
            <header><span class="brand">KforBot moderation</span>{nav}</header>
            <main>
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>The anti-forgery field every form carries; its cookie is set with it.</summary>
    public static Html Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return Html.Of($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }

    public static Html Notices(IEnumerable<string> notices) =>
        Html.Join(notices.Select(n => Html.Of($"""<p class="notice">{n}</p>""")));
}
