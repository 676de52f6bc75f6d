using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ClustER.Bot.Connector;
using ClustER.Bot.Protocol;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Connector;

/// <summary>The real client against the fake Connector over loopback: routes, tokens, and what is retried.</summary>
public class ConnectorClientTests
{
    private const string Conversation = "a:1conversation";

    [Fact]
    public async Task SendToConversation_429WithRetryAfter_WaitsAsAskedThenSucceeds()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        var watch = Stopwatch.StartNew();
        ResourceResponse sent = await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao"));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"Retried after {watch.Elapsed.TotalMilliseconds} ms, before Retry-After.");
        Assert.NotNull(sent.Id);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.Created], host.Connector.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task SendToConversation_503Twice_RetriesThenSucceeds()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(2, HttpStatusCode.ServiceUnavailable);

        await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao"));

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created],
            host.Connector.Requests.Select(r => r.Status));
        Assert.Single(host.Connector.Activities);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendToConversation_RetryableStatus_IsRetried(HttpStatusCode status)
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(1, status);

        await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao"));

        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversation_503Always_GivesUpAfterTheBoundAsTransient()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailAlways(HttpStatusCode.ServiceUnavailable);

        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Equal(4, host.Connector.Requests.Count); // the first attempt and three retries
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task SendToConversation_NonRetryableStatus_FailsAfterOneAttempt(HttpStatusCode status)
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(1, status, errorCode: "BadArgument");

        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao")));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("BadArgument", ex.SubCode);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task SendToConversation_MessageWritesBlocked_IsRecipientUnreachableAndNotRetried()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.BlockConversation("a:blocked");

        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.Connector.ServiceUrl, "a:blocked", ActivityFactory.Text("ciao")));
        await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, "a:other", ActivityFactory.Text("ciao"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("MessageWritesBlocked", ex.SubCode);
        Assert.True(ex.IsRecipientUnreachable);
        Assert.False(ex.IsTransient);
        Assert.Single(host.Connector.Requests, r => r.ConversationId == "a:blocked");
        Assert.Single(host.Connector.Activities);
    }

    [Fact]
    public async Task SendToConversation_RetryAfterLongerThanTheCap_FailsAtOnceWithTheWait()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(60));

        var watch = Stopwatch.StartNew();
        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao")));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(60), ex.RetryAfter);
        Assert.True(ex.IsTransient);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task SendToConversation_SlowFirstAttempt_TimesOutAndRetries()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["Connector:AttemptTimeout"] = "00:00:00.300",
        });
        host.Connector.DelayNext(1, TimeSpan.FromSeconds(5));

        var watch = Stopwatch.StartNew();
        await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao"));

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(4));
        Assert.Single(host.Connector.Activities);
    }

    [Fact]
    public async Task SendToConversation_AlwaysTooSlow_FailsAsTimeoutWithinTheTotalBound()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["Connector:AttemptTimeout"] = "00:00:00.200",
            ["Connector:TotalTimeout"] = "00:00:01",
        });
        host.Connector.ResponseDelay = TimeSpan.FromSeconds(10);

        var watch = Stopwatch.StartNew();
        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao")));

        Assert.Equal(HttpStatusCode.RequestTimeout, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public async Task SendToConversation_ConnectorDown_FailsAsTransient()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        FakeConnector gone = await FakeConnector.StartAsync();
        string deadUrl = gone.ServiceUrl;
        await gone.DisposeAsync();
        host.Services.GetRequiredService<ServiceUrlRegistry>().Trust(deadUrl);

        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(deadUrl, Conversation, ActivityFactory.Text("ciao")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task Calls_Authenticated_ReuseOneCachedToken()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();

        for (int i = 0; i < 3; i++)
        {
            await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text($"m{i}"));
        }

        TokenRequest token = Assert.Single(host.Connector.TokenRequests);
        Assert.Equal((ConnectorTestHost.TenantId, ConnectorTestHost.AppId, "https://api.botframework.com/.default"), (token.TenantId, token.ClientId, token.Scope));
        Assert.All(host.Connector.Requests, r => Assert.Equal($"Bearer {token.IssuedToken}", r.Authorization));
    }

    [Fact]
    public async Task Call_ConnectorRejectsTheToken_FetchesANewOneAndTriesOnce()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(1, HttpStatusCode.Unauthorized);

        await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao"));

        Assert.Equal(2, host.Connector.TokenRequests.Count);
        Assert.Equal($"Bearer {host.Connector.TokenRequests[1].IssuedToken}", host.Connector.Requests[^1].Authorization);
    }

    [Fact]
    public async Task Calls_LocalAnonymousMode_SendNoToken()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync(authenticated: false);

        await host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao"));

        Assert.Null(Assert.Single(host.Connector.Requests).Authorization);
        Assert.Empty(host.Connector.TokenRequests);
    }

    [Fact]
    public async Task Call_UntrustedServiceUrl_IsRefusedWithoutARequest()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        string forged = host.Connector.ServiceUrl.Replace("/amer/", "/other/", StringComparison.Ordinal);

        ConnectorException ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(forged, Conversation, ActivityFactory.Text("ciao")));

        Assert.Equal("UntrustedServiceUrl", ex.SubCode);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(host.Connector.TokenRequests);
    }

    [Fact]
    public async Task ReplyAndUpdate_IdsWithReservedCharacters_ArriveIntact()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        const string channelThread = "19:abc@thread.tacv2;messageid=1764072165900";
        const string activityId = "1:x/y?z";

        await host.Client.ReplyToActivityAsync(host.Connector.ServiceUrl, channelThread, activityId, ActivityFactory.Text("r"));
        await host.Client.UpdateActivityAsync(host.Connector.ServiceUrl, channelThread, activityId, ActivityFactory.Text("u"));

        Assert.Collection(host.Connector.Requests,
            r => Assert.Equal((ConnectorOperation.ReplyToActivity, channelThread, activityId, "r"), (r.Kind, r.ConversationId, r.ActivityId, r.Activity!.Text)),
            r => Assert.Equal((ConnectorOperation.UpdateActivity, channelThread, activityId, "u"), (r.Kind, r.ConversationId, r.ActivityId, r.Activity!.Text)));
    }

    [Fact]
    public async Task CreateConversation_WithMemberAndTenant_PostsParametersAndReturnsTheId()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        var parameters = new ConversationParameters
        {
            Bot = TestActivities.Bot(),
            Members = [TestActivities.User()],
            TenantId = TestActivities.TenantId,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestActivities.TenantId } },
        };

        ConversationResourceResponse created = await host.Client.CreateConversationAsync(host.Connector.ServiceUrl, parameters);

        Assert.StartsWith("a:created-", created.Id, StringComparison.Ordinal);
        ConnectorRequest request = Assert.Single(host.Connector.Requests);
        Assert.Equal(ConnectorOperation.CreateConversation, request.Kind);
        JsonNode body = JsonNode.Parse(request.Body)!;
        Assert.Equal(TestActivities.UserId, body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetPagedMembers_MoreThanOnePage_FollowsTheContinuationToken()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.SetMembers(Conversation, TestActivities.User("29:a", "A"), TestActivities.User("29:b", "B"), TestActivities.User("29:c", "C"));

        PagedMembersResult first = await host.Client.GetPagedMembersAsync(host.Connector.ServiceUrl, Conversation, pageSize: 2);
        PagedMembersResult second = await host.Client.GetPagedMembersAsync(host.Connector.ServiceUrl, Conversation, pageSize: 2, first.ContinuationToken);

        Assert.Equal(["29:a", "29:b"], first.Members.Select(m => m.Id));
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(["29:c"], second.Members.Select(m => m.Id));
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task FailedCall_IsLoggedWithStatusAndCorrelationIdButNoToken()
    {
        await using ConnectorTestHost host = await ConnectorTestHost.StartAsync();
        host.Connector.FailNext(1, HttpStatusCode.BadRequest);

        await Assert.ThrowsAsync<ConnectorException>(() =>
            host.Client.SendToConversationAsync(host.Connector.ServiceUrl, Conversation, ActivityFactory.Text("ciao")));

        LogEntry entry = Assert.Single(host.Logs.WithEventId(1401));
        Assert.Equal(400, entry.Properties["StatusCode"]);
        Assert.True(Guid.TryParse(entry.Properties["CorrelationId"]?.ToString(), out _));
        Assert.False(host.Logs.Contains(host.Connector.TokenRequests.Single().IssuedToken!));
    }
}
