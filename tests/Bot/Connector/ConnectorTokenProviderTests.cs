using System.Net;
using ClustER.Bot.Connector;
using ClustER.Bot.Hosting;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Connector;

public class ConnectorTokenProviderTests
{
    [Fact]
    public async Task GetToken_CalledTwice_RequestsOnce()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        using ConnectorTokenProvider tokens = CreateProvider(host, new FakeTimeProvider(DateTimeOffset.UtcNow));

        string first = await tokens.GetTokenAsync();
        string second = await tokens.GetTokenAsync();

        Assert.Equal(first, second);
        Assert.Single(host.Connector.TokenRequests);
    }

    [Fact]
    public async Task GetToken_FiveMinutesBeforeExpiry_RequestsANewOne()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectorTokenProvider tokens = CreateProvider(host, time);

        string first = await tokens.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(54));
        string stillFirst = await tokens.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(2));
        string renewed = await tokens.GetTokenAsync();

        Assert.Equal(first, stillFirst);
        Assert.NotEqual(first, renewed);
        Assert.Equal(2, host.Connector.TokenRequests.Count);
    }

    [Fact]
    public async Task GetToken_ManyConcurrentCallers_RequestOnce()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        using ConnectorTokenProvider tokens = CreateProvider(host, new FakeTimeProvider(DateTimeOffset.UtcNow));

        string[] all = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tokens.GetTokenAsync())));

        Assert.Single(all.Distinct());
        Assert.Single(host.Connector.TokenRequests);
    }

    [Fact]
    public async Task GetToken_EndpointRefuses_ThrowsConnectorExceptionNamingTheSettings()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailTokenRequests(1);
        using ConnectorTokenProvider tokens = CreateProvider(host, TimeProvider.System);

        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() => tokens.GetTokenAsync());
        string afterwards = await tokens.GetTokenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.NotNull(afterwards); // a failure is not cached
        Assert.Equal("TokenRequestFailed", ex.SubCode);
        Assert.Contains("Bot:MicrosoftAppPassword", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(54, false)]
    [InlineData(55, true)]
    [InlineData(61, true)]
    public void NeedsRefresh_HourLongToken_RenewsFromFiveMinutesBefore(int minutesLater, bool refresh)
    {
        var issued = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var token = new ConnectorTokenProvider.CachedToken("t", issued, issued.AddHours(1));

        Assert.Equal(refresh, ConnectorTokenProvider.NeedsRefresh(token, issued.AddMinutes(minutesLater)));
    }

    [Fact]
    public void NeedsRefresh_ShortLivedToken_RenewsHalfWay()
    {
        var issued = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var token = new ConnectorTokenProvider.CachedToken("t", issued, issued.AddMinutes(2));

        Assert.False(ConnectorTokenProvider.NeedsRefresh(token, issued.AddSeconds(59)));
        Assert.True(ConnectorTokenProvider.NeedsRefresh(token, issued.AddSeconds(60)));
    }

    [Fact]
    public void TokenEndpoint_Template_PutsTheTenantInThePath()
    {
        var options = new BotOptions { TenantId = "72f988bf-0000-4000-8000-0000000000aa" };

        Assert.Equal("https://login.microsoftonline.com/72f988bf-0000-4000-8000-0000000000aa/oauth2/v2.0/token",
            ConnectorTokenProvider.TokenEndpoint(options).ToString());
    }

    private static ConnectorTokenProvider CreateProvider(ConnectorTestHost host, TimeProvider time) =>
        new(host.Services.GetRequiredService<IHttpClientFactory>(), host.Services.GetRequiredService<IOptions<BotOptions>>(),
            time, NullLogger<ConnectorTokenProvider>.Instance);
}
