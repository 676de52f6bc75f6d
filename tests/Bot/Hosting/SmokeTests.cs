using System.Net;
using ClustER.Tests.Infrastructure;

namespace ClustER.Tests.Bot.Hosting;

public class SmokeTests
{
    [Fact]
    public async Task Anonymous_Echo()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => o.AddFeature(r => r.Add(new ClustER.Bot.Routing.Route("echo", _ => true, (ctx, ct) => ctx.SendTextAsync("echo " + ctx.Text, ct)))));
        HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await bot.Connector.WaitForActivitiesAsync(1);
        Assert.Equal("echo ciao", activities[0].Text);
    }

    [Fact]
    public async Task Authenticated_Echo()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync(o => { o.Authenticated = true; o.AddFeature(r => r.Add(new ClustER.Bot.Routing.Route("echo", _ => true, (ctx, ct) => ctx.SendTextAsync("echo " + ctx.Text, ct)))); });
        HttpResponseMessage response = await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, bot.Logs.Dump());
        var activities = await bot.Connector.WaitForActivitiesAsync(1);
        Assert.Equal("echo ciao", activities[0].Text);
    }
}
