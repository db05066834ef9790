using System.Security.Claims;
using KforBot.Moderation.Accounts;
using KforBot.Moderation.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace KforBot.Moderation.Site;

/// <summary>Sign-in and sign-out; the account's stamp goes into the cookie so a reset password or a removed account ends it.</summary>
internal static class SignInEndpoints
{
    public const string StampClaim = "kforbot:stamp";

    public static void Map(IEndpointRouteBuilder site)
    {
        site.MapGet("/sign-in", (HttpContext context, string? returnUrl) =>
            Layout.Page(context, "Sign in", SignInPage.Render(context, null, returnUrl, null))).AllowAnonymous();

        site.MapPost("/sign-in", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.PolicyName);

        site.MapPost("/sign-out", async (HttpContext context, IFormCollection form, ModeratorAccounts accounts) =>
        {
            _ = form; // Bound so the anti-forgery token is checked: signing someone out is a change too.

            // A new stamp ends the session on the server: a copy of the cookie taken before is refused from now on.
            if (context.User.Identity?.Name is { } name)
            {
                await accounts.EndSessionsAsync(name, context.RequestAborted).ConfigureAwait(false);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect("/sign-in");
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IFormCollection form, ModeratorAccounts accounts, ILogger<ModeratorAccounts> logger)
    {
        var name = form["name"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var address = SignInRateLimit.ClientAddress(context);
        var outcome = await accounts.SignInAsync(name, password, address, context.RequestAborted).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            // The same words whether the name has an account or not: names with no account lock the same way.
            string problem;
            if (outcome.LockedUntil is { } until)
            {
                if (outcome.LockStarted)
                {
                    Diagnostics.LockedOut(logger, name, address, until);
                }

                problem = $"Too many failed sign-ins for this name from your address: sign-ins from here are locked until {until.UtcDateTime:HH:mm} UTC. Try again then, or ask the operator to reset the password.";
            }
            else
            {
                Diagnostics.SignInFailed(logger, name, address);
                problem = "The name or the password is wrong.";
            }

            return Layout.Page(context, "Sign in", SignInPage.Render(context, name, returnUrl, problem), StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(StampClaim, outcome.Stamp!)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        Diagnostics.SignedIn(logger, name);
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    /// <summary>
    /// Only a path of this site: "//host" and "/\host" would send the moderator elsewhere, and browsers drop tabs and
    /// line breaks from addresses, so "/\t/host" is "//host" to them. Anything else goes to the list instead.
    /// </summary>
    public static bool IsLocal(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>Ends a sign-in whose account was removed or whose password was reset since.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        var accounts = context.HttpContext.RequestServices.GetService(typeof(ModeratorAccounts)) as ModeratorAccounts;
        if (name is null || stamp is null || accounts is null
            || await accounts.StampAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false) != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
