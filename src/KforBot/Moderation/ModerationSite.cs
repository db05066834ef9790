using KforBot.Moderation.Accounts;
using KforBot.Moderation.Site;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KforBot.Moderation;

/// <summary>Registers and maps the moderators' site.</summary>
public static class ModerationSite
{
    private const string CookieName = "kforbot-moderation";

    /// <summary>
    /// Adds what the moderators' site needs besides the log's readers: settings from the section <c>Moderation</c>
    /// (validated at start-up), the accounts, cookie sign-in (HttpOnly, SameSite=Strict, Secure when the request came
    /// over TLS, also through a reverse proxy on this machine) and anti-forgery tokens.
    /// </summary>
    public static IServiceCollection AddModerationSite(this IServiceCollection services)
    {
        services.AddModeratorAccounts();
        services.TryAddSingleton<ShownPassages>();
        services.AddRouting();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.AccessDeniedPath = "/sign-in";
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SignInEndpoints.ValidateAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<ModerationOptions>>((cookie, moderation) => cookie.ExpireTimeSpan = TimeSpan.FromHours(moderation.Value.SessionHours));
        services.AddAuthorization();
        services.AddSignInRateLimit();

        // Sign-in cookies and form tokens outlive a restart: the keys that protect them are kept beside the accounts.
        services.AddDataProtection().SetApplicationName("KforBot.Moderation");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<ModerationOptions>>((keys, moderation) =>
            keys.XmlRepository = new FileSystemXmlRepository(
                Directory.CreateDirectory(System.IO.Path.GetFullPath(moderation.Value.AccountsPath) + ".keys"), NullLoggerFactory.Instance));

        // The keys are stored unencrypted (as on any server without a key vault); the folder is the bot user's.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName + "-form";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SuppressXFrameOptionsHeader = true; // SecurityHeaders sets it on every response.
        });
        return services;
    }

    /// <summary>
    /// Serves the moderators' site inside the bot's process when <c>Moderation:Urls</c> is set; does nothing otherwise.
    /// Needs the interaction log's readers (<c>AddInteractionLog</c>).
    /// </summary>
    public static IServiceCollection AddModerationSiteWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{ModerationOptions.SectionName}:{nameof(ModerationOptions.Urls)}"]))
        {
            return services;
        }

        services.AddModeratorAccounts();
        services.AddHostedService<ModerationSiteHost>();
        return services;
    }

    /// <summary>
    /// Adds the moderators' accounts (<c>Moderation:AccountsPath</c>), for the site and the <c>moderators</c> commands.
    /// </summary>
    public static IServiceCollection AddModeratorAccounts(this IServiceCollection services)
    {
        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModerationOptions>, ModerationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ModeratorAccounts>();
        return services;
    }

    /// <summary>
    /// The site's pipeline: forwarded scheme from a reverse proxy on this machine, security headers, error pages, sign-in,
    /// anti-forgery, and the pages, every one of them for signed-in moderators only except sign-in and the style sheet.
    /// </summary>
    public static WebApplication UseModerationSite(this WebApplication app)
    {
        // Only proxies on this machine are believed (the default known proxies are the loopback addresses).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.Use(SecurityHeaders.Add);
        app.UseErrorPages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapGet("/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Css.Text, "text/css; charset=utf-8");
        }).AllowAnonymous();

        var site = app.MapGroup(string.Empty).RequireAuthorization();
        SignInEndpoints.Map(site);
        ConversationEndpoints.Map(site);
        ReportEndpoints.Map(site);
        return app;
    }
}
