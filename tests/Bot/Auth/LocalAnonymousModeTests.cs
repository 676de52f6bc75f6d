using System.Net;
using ClustER.Bot.Routing;
using ClustER.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Auth;

public class LocalAnonymousModeTests
{
    [Fact]
    public async Task PostActivity_LoopbackWithoutToken_IsServedAndRepliesCarryNoToken()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o =>
            o.AddFeature(r => r.Add(new Route("test:echo", _ => true, (ctx, ct) => ctx.SendTextAsync("ok", ct)))));

        HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ConnectorRequest reply = Assert.Single(bot.Connector.Requests);
        Assert.Null(reply.Authorization);
        Assert.Empty(bot.Connector.TokenRequests);
    }

    [Fact]
    public async Task PostActivity_CallerNotOnLoopback_IsUnauthorized()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o =>
        {
            o.AddFeature(r => r.Add(new Route("test:echo", _ => true, (ctx, ct) => ctx.SendTextAsync("ok", ct))));
            o.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(IPAddress.Parse("10.1.2.3"))));
        });

        HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
        Assert.NotEmpty(bot.Logs.WithEventId(1305));
    }

    [Fact]
    public async Task PostActivity_AnonymousModeWithBearerToken_StillNeedsNoValidToken()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();

        HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"), "whatever");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Makes every request look as if it came from another machine.</summary>
    private sealed class RemoteAddressStartupFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = address;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
