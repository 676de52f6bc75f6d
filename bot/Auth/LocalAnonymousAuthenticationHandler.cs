using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Auth;

/// <summary>
/// The authentication scheme of the local anonymous mode (no <c>Bot:MicrosoftAppId</c>): a caller on
/// loopback is let in without a token, anyone else gets 401. Nothing in the request is trusted.
/// </summary>
internal sealed class LocalAnonymousAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "LocalAnonymous";

    // One immutable result for every loopback caller: the principal carries nothing about the request, and
    // nothing in the bot adds claims to it, so each request need not build an identity, a principal and a ticket.
    private static readonly Task<AuthenticateResult> LoopbackCaller = Task.FromResult(AuthenticateResult.Success(
        new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "local-anonymous")], SchemeName)), SchemeName)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!BotAuthentication.IsLoopback(Context))
        {
            Log.AnonymousCallerNotLoopback(Logger, Context.Connection.RemoteIpAddress?.ToString());
            return Task.FromResult(AuthenticateResult.Fail("The local anonymous mode accepts loopback callers only."));
        }

        return LoopbackCaller;
    }
}
