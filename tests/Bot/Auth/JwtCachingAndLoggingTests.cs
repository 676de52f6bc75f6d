using System.Net;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Auth;

public class JwtCachingAndLoggingTests
{
    [Fact]
    public async Task PostActivity_ManyTokens_FetchesMetadataAndKeysOnce()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => o.Authenticated = true);

        for (int i = 0; i < 3; i++)
        {
            HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.PersonalMessage($"n{i}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, bot.Issuer!.MetadataRequests);
        Assert.Equal(1, bot.Issuer.KeySetRequests);
    }

    [Fact]
    public async Task PostActivity_RejectedAndAcceptedTokens_NeverAppearInTheLogs()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o =>
        {
            o.Authenticated = true;
            o.AddFeature(r => r.Add(new Route("test:echo", _ => true, (ctx, ct) => ctx.SendTextAsync("ok", ct))));
        });
        string valid = bot.CreateToken();
        string expired = bot.Issuer!.CreateToken(new TestToken { Audience = BotApiFactory.AppId, ServiceUrl = bot.Connector.ServiceUrl, Expires = DateTimeOffset.UtcNow.AddHours(-1) });
        string unendorsed = bot.CreateToken(key: TestSigningKey.Unendorsed);

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(bot.Activities.PersonalMessage("a"), valid)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostActivityAsync(bot.Activities.PersonalMessage("b"), expired)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.PostActivityAsync(bot.Activities.PersonalMessage("c"), unendorsed)).StatusCode);

        Assert.NotEmpty(bot.Logs.WithEventId(1300)); // the expired token was logged as rejected...
        Assert.NotEmpty(bot.Logs.WithEventId(1304)); // ...and the unendorsed key too
        foreach (string token in new[] { valid, expired, unendorsed })
        {
            string signature = token.Split('.')[2];
            Assert.False(bot.Logs.Contains(signature), "A token signature was logged.");
            Assert.False(bot.Logs.Contains(token.Split('.')[1]), "A token payload was logged.");
        }

        string outbound = bot.Connector.TokenRequests.Single().IssuedToken!;
        Assert.False(bot.Logs.Contains(outbound), "The outbound token was logged.");
        Assert.False(bot.Logs.Contains(BotApiFactory.AppPassword), "The client secret was logged.");
    }
}
