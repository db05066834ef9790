using KforBot.Moderation.Site;
using Microsoft.AspNetCore.Http;

namespace KforBot.Moderation.Pages;

/// <summary>The sign-in form.</summary>
internal static class SignInPage
{
    public static Html Render(HttpContext context, string? name, string? returnUrl, string? problem) => Html.Of($"""
        <h1>Sign in</h1>
        {Html.When(problem is not null, $"""<p class="notice error" role="alert">{problem}</p>""")}
        <form method="post" action="/sign-in" class="sign-in">
          {Layout.Token(context)}
          <input type="hidden" name="returnUrl" value="{returnUrl}">
          <label for="name">Name</label>
          <input id="name" name="name" value="{name}" autocomplete="username" required autofocus>
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button type="submit">Sign in</button>
        </form>
        <p class="meta">Accounts are made by the bot's operator with <code>moderators add NAME</code>.</p>
        """);
}
