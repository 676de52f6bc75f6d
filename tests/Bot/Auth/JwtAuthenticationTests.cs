using System.Net;
using System.Net.Http.Headers;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClustER.Tests.Bot.Auth;

/// <summary>Real JWT validation through the real endpoint, with tokens from a local issuer.</summary>
public class JwtAuthenticationTests(JwtAuthenticationTests.Fixture bot) : IClassFixture<JwtAuthenticationTests.Fixture>
{
    private const string AppId = BotApiFactory.AppId;
    private const string Tenant = BotApiFactory.TenantId;

    [Theory]
    [InlineData("valid", HttpStatusCode.OK)]
    [InlineData("valid-api-audience", HttpStatusCode.OK)]
    [InlineData("valid-rs384", HttpStatusCode.OK)]
    [InlineData("valid-rs512", HttpStatusCode.OK)]
    [InlineData("entra-v2", HttpStatusCode.OK)]
    [InlineData("entra-v1", HttpStatusCode.OK)]
    [InlineData("expired-within-skew", HttpStatusCode.OK)]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("not-yet-valid", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-audience", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-issuer", HttpStatusCode.Unauthorized)]
    [InlineData("entra-other-tenant", HttpStatusCode.Unauthorized)]
    [InlineData("botframework-issuer-entra-key", HttpStatusCode.Unauthorized)]
    [InlineData("unpublished-key", HttpStatusCode.Unauthorized)]
    [InlineData("unsigned", HttpStatusCode.Unauthorized)]
    [InlineData("garbage", HttpStatusCode.Unauthorized)]
    [InlineData("missing-token", HttpStatusCode.Unauthorized)]
    [InlineData("unendorsed-key", HttpStatusCode.Forbidden)]
    [InlineData("forged-serviceurl", HttpStatusCode.Forbidden)]
    [InlineData("no-serviceurl-claim", HttpStatusCode.Forbidden)]
    public async Task PostActivity_TokenCase_AnswersExpectedStatus(string tokenCase, HttpStatusCode expected)
    {
        string conversationId = $"a:jwt-{tokenCase}";
        Activity activity = bot.Activities.PersonalMessage("ping", conversationId: conversationId);

        HttpResponseMessage response = await bot.PostActivityAsync(activity, Token(tokenCase));

        Assert.True(expected == response.StatusCode, $"{tokenCase}: expected {expected}, got {response.StatusCode}.{Environment.NewLine}{bot.Logs.Dump()}");
        bool replied = bot.Connector.Activities.Any(a => a.Conversation?.Id == conversationId && a.Text == "pong");
        Assert.Equal(expected == HttpStatusCode.OK, replied);
    }

    [Fact]
    public async Task PostActivity_OtherAuthorizationScheme_IsUnauthorized()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent("""{"type":"message","text":"x"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        HttpResponseMessage response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Reply_AuthenticatedMode_CarriesTheClientCredentialsToken()
    {
        Activity activity = bot.Activities.PersonalMessage("ping", conversationId: "a:jwt-outbound");

        HttpResponseMessage response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ConnectorRequest reply = Assert.Single(bot.Connector.Requests, r => r.ConversationId == "a:jwt-outbound");
        Assert.Equal(ConnectorOperation.ReplyToActivity, reply.Kind);
        Assert.Equal(activity.Id, reply.ActivityId);
        TokenRequest token = bot.Connector.TokenRequests.First(t => t.IssuedToken is not null);
        Assert.Equal($"Bearer {token.IssuedToken}", reply.Authorization);
        Assert.Equal((Tenant, "client_credentials", AppId, BotApiFactory.AppPassword, "https://api.botframework.com/.default"),
            (token.TenantId, token.GrantType, token.ClientId, token.ClientSecret, token.Scope));
    }

    private string? Token(string tokenCase)
    {
        TestTokenIssuer issuer = bot.Issuer!;
        string serviceUrl = bot.Connector.ServiceUrl;
        var valid = new TestToken { Audience = AppId, ServiceUrl = serviceUrl };
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return tokenCase switch
        {
            "valid" => issuer.CreateToken(valid),
            "valid-api-audience" => issuer.CreateToken(valid with { Audience = $"api://{AppId}" }),
            "valid-rs384" => issuer.CreateToken(valid with { Algorithm = SecurityAlgorithms.RsaSha384 }),
            "valid-rs512" => issuer.CreateToken(valid with { Algorithm = SecurityAlgorithms.RsaSha512 }),
            "entra-v2" => issuer.CreateToken(valid with { Issuer = TestTokenIssuer.EntraIssuerV2(Tenant), Key = TestSigningKey.Entra }),
            "entra-v1" => issuer.CreateToken(valid with { Issuer = TestTokenIssuer.EntraIssuerV1(Tenant), Key = TestSigningKey.Entra }),
            "expired-within-skew" => issuer.CreateToken(valid with { Expires = now.AddMinutes(-2) }),
            "expired" => issuer.CreateToken(valid with { Expires = now.AddMinutes(-10) }),
            "not-yet-valid" => issuer.CreateToken(valid with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }),
            "wrong-audience" => issuer.CreateToken(valid with { Audience = "another-bot-app-id" }),
            "wrong-issuer" => issuer.CreateToken(valid with { Issuer = "https://evil.example" }),
            "entra-other-tenant" => issuer.CreateToken(valid with { Issuer = TestTokenIssuer.EntraIssuerV2("another-tenant"), Key = TestSigningKey.Entra }),
            "botframework-issuer-entra-key" => issuer.CreateToken(valid with { Key = TestSigningKey.Entra }),
            "unpublished-key" => issuer.CreateToken(valid with { Key = TestSigningKey.Unpublished }),
            "unsigned" => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = TestTokenIssuer.BotFrameworkIssuer,
                Audience = AppId,
                Expires = now.AddHours(1).UtcDateTime,
                Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            }),
            "garbage" => "not.a.jwt",
            "missing-token" => null,
            "unendorsed-key" => issuer.CreateToken(valid with { Key = TestSigningKey.Unendorsed }),
            "forged-serviceurl" => issuer.CreateToken(valid with { ServiceUrl = "https://evil.example/amer/" }),
            "no-serviceurl-claim" => issuer.CreateToken(valid with { ServiceUrl = null }),
            _ => throw new ArgumentOutOfRangeException(nameof(tokenCase), tokenCase, "Unknown token case."),
        };
    }

    /// <summary>One authenticated bot for the whole table, with a route that answers "pong".</summary>
    public sealed class Fixture : BotApiFactory
    {
        public Fixture()
            : base(options =>
            {
                options.Authenticated = true;
                options.AddFeature(router => router.Add(new Route("test:pong", ctx => ctx.Text == "ping", (ctx, ct) => ctx.SendTextAsync("pong", ct))));
            })
        {
        }
    }
}
