using System.Net;
using System.Security.Claims;
using ClustER.Bot.Auth;
using ClustER.Bot.Protocol;
using Microsoft.AspNetCore.Http;

namespace ClustER.Tests.Bot.Auth;

public class BotAuthenticationTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public void Authorize_MatchingServiceUrlAndEndorsedKey_IsAllowed()
    {
        Assert.Equal(ActivityAuthorization.Allowed,
            BotAuthentication.Authorize(Channel(ServiceUrl, ["msteams"]), Activity(ServiceUrl), localAnonymousMode: false));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/emea/")]
    public void Authorize_ServiceUrlDiffersOnlyInCaseOrSlash_IsAllowed(string claimed)
    {
        Assert.Equal(ActivityAuthorization.Allowed,
            BotAuthentication.Authorize(Channel(claimed, ["msteams"]), Activity(ServiceUrl), localAnonymousMode: false));
    }

    [Theory]
    [InlineData("https://evil.example/emea/")]
    [InlineData(null)]
    public void Authorize_ForgedOrMissingServiceUrl_IsAMismatch(string? claimed)
    {
        Assert.Equal(ActivityAuthorization.ServiceUrlMismatch,
            BotAuthentication.Authorize(Channel(claimed, ["msteams"]), Activity(ServiceUrl), localAnonymousMode: false));
    }

    [Fact]
    public void Authorize_KeyEndorsedForAnotherChannel_IsNotEndorsed()
    {
        Assert.Equal(ActivityAuthorization.ChannelNotEndorsed,
            BotAuthentication.Authorize(Channel(ServiceUrl, ["skype"]), Activity(ServiceUrl), localAnonymousMode: false));
    }

    [Fact]
    public void Authorize_EndorsementClaimsInsideTheToken_DoNotCount()
    {
        // A token cannot vouch for its own key: only the identity the bot adds after validation counts.
        var identity = new ClaimsIdentity(
            [new Claim("iss", "https://api.botframework.com"), new Claim("serviceurl", ServiceUrl), new Claim(BotAuthentication.EndorsementClaim, "msteams")],
            "AuthenticationTypes.Federation");

        Assert.Equal(ActivityAuthorization.ChannelNotEndorsed,
            BotAuthentication.Authorize(new ClaimsPrincipal(identity), Activity(ServiceUrl), localAnonymousMode: false));
    }

    [Fact]
    public void Authorize_LocalAnonymousMode_AllowsWithoutClaims()
    {
        Assert.Equal(ActivityAuthorization.Allowed,
            BotAuthentication.Authorize(new ClaimsPrincipal(new ClaimsIdentity()), Activity("http://localhost:56150/_connector"), localAnonymousMode: true));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::ffff:10.0.0.5", false)]
    public void IsLoopback_RemoteAddress_Table(string address, bool loopback)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        http.Connection.LocalIpAddress = IPAddress.Parse("127.0.0.1");

        Assert.Equal(loopback, BotAuthentication.IsLoopback(http));
    }

    private static Activity Activity(string serviceUrl) => new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = serviceUrl };

    private static ClaimsPrincipal Channel(string? serviceUrl, IEnumerable<string> endorsements)
    {
        List<Claim> claims = [new("iss", "https://api.botframework.com")];
        if (serviceUrl is not null)
        {
            claims.Add(new Claim("serviceurl", serviceUrl));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "AuthenticationTypes.Federation"));
        principal.AddIdentity(BotAuthentication.SigningKeyIdentity(endorsements));
        return principal;
    }
}
