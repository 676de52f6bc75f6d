using System.Net;
using ClustER.Bot.Protocol;

namespace ClustER.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on loopback that plays the Bot Framework Connector (and the Entra token endpoint):
/// it records every request the bot makes, answers like the real service, and misbehaves on demand
/// (delays, 429 with Retry-After, 5xx, 403 MessageWritesBlocked), a number of times or always.
/// </summary>
/// <remarks>Thread-safe: the bot may call it from many turns at once.</remarks>
public sealed partial class FakeConnector : IAsyncDisposable
{
    /// <summary>The path of the service URL, like Teams' regional <c>/amer/</c>.</summary>
    public const string BasePath = "amer/";

    private readonly object _gate = new();
    private readonly List<ConnectorRequest> _requests = [];
    private readonly List<TokenRequest> _tokenRequests = [];
    private readonly List<FaultRule> _faults = [];
    private readonly Dictionary<string, List<ChannelAccount>> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _issuedTokens = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = NewSignal();
    private int _tokenFailures;
    private LoopbackHttpServer? _server;
    private int _sequence;

    private FakeConnector()
    {
    }

    /// <summary>The service URL to put on activities: <c>http://127.0.0.1:{port}/amer/</c>.</summary>
    public string ServiceUrl => new Uri(Server.Address, BasePath).ToString();

    /// <summary>The token endpoint template for <c>Bot:TokenEndpointTemplate</c> (with <c>{tenant}</c>).</summary>
    public string TokenEndpointTemplate => Server.Address + "{tenant}/oauth2/v2.0/token";

    /// <summary>When true, Connector routes answer 401 unless they carry a token this fake issued.</summary>
    public bool RequireBearerToken { get; set; }

    /// <summary>The lifetime (<c>expires_in</c>) of issued tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A delay before every Connector answer (not the token endpoint).</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>Every Connector request so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The activities the fake accepted (sent, replied, updated, or posted with a new conversation).</summary>
    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_gate)
            {
                return AcceptedActivities();
            }
        }
    }

    /// <summary>Every token request so far.</summary>
    public IReadOnlyList<TokenRequest> TokenRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _tokenRequests];
            }
        }
    }

    private LoopbackHttpServer Server => _server ?? throw new InvalidOperationException("The fake Connector is not started.");

    /// <summary>Starts a fake Connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackHttpServer.StartAsync(connector.HandleAsync);
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were accepted, and returns them all.</summary>
    /// <exception cref="TimeoutException">Fewer arrived in time; the message lists what did.</exception>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => AcceptedActivities().Count >= count, timeout, $"{count} activities");
        return Activities;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests match <paramref name="predicate"/>.</summary>
    /// <exception cref="TimeoutException">Fewer arrived in time.</exception>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForRequestsAsync(Func<ConnectorRequest, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        await WaitUntilAsync(() => _requests.Count(predicate) >= count, timeout, $"{count} matching requests");
        return [.. Requests.Where(predicate)];
    }

    /// <summary>
    /// Answers the next <paramref name="times"/> Connector requests (of <paramref name="conversationId"/>,
    /// when given) with <paramref name="status"/>, an optional <c>Retry-After</c> and an error code.
    /// </summary>
    public FakeConnector FailNext(int times, HttpStatusCode status, TimeSpan? retryAfter = null, string? errorCode = null, string? conversationId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _faults.Add(new FaultRule(status, retryAfter, errorCode, conversationId, TimeSpan.Zero, times));
        }

        return this;
    }

    /// <summary>Answers every Connector request (of <paramref name="conversationId"/>, when given) with <paramref name="status"/>.</summary>
    public FakeConnector FailAlways(HttpStatusCode status, string? errorCode = null, string? conversationId = null, TimeSpan? retryAfter = null)
    {
        lock (_gate)
        {
            _faults.Add(new FaultRule(status, retryAfter, errorCode, conversationId, TimeSpan.Zero, int.MaxValue));
        }

        return this;
    }

    /// <summary>Holds the next <paramref name="times"/> Connector answers for <paramref name="delay"/>, then answers normally.</summary>
    public FakeConnector DelayNext(int times, TimeSpan delay, string? conversationId = null)
    {
        lock (_gate)
        {
            _faults.Add(new FaultRule(null, null, null, conversationId, delay, times));
        }

        return this;
    }

    /// <summary>Refuses the next <paramref name="times"/> token requests with 401 invalid_client, as Entra does for a wrong secret.</summary>
    public FakeConnector FailTokenRequests(int times)
    {
        Interlocked.Exchange(ref _tokenFailures, times);
        return this;
    }

    /// <summary>Acts as if the member of <paramref name="conversationId"/> blocked the bot: 403 MessageWritesBlocked, always.</summary>
    public FakeConnector BlockConversation(string conversationId) =>
        FailAlways(HttpStatusCode.Forbidden, "MessageWritesBlocked", conversationId);

    /// <summary>Sets the members <c>pagedmembers</c> returns for <paramref name="conversationId"/>.</summary>
    public FakeConnector SetMembers(string conversationId, params ChannelAccount[] members)
    {
        lock (_gate)
        {
            _members[conversationId] = [.. members];
        }

        return this;
    }

    /// <summary>Forgets recorded requests and faults (members and issued tokens stay).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _requests.Clear();
            _tokenRequests.Clear();
            _faults.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private List<Activity> AcceptedActivities() =>
        [.. _requests.Where(r => r.Succeeded && r.Activity is not null).Select(r => r.Activity!)];

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition())
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake Connector did not get {what} in time. It got: {Describe()}");
            }
        }
    }

    private string Describe()
    {
        IReadOnlyList<ConnectorRequest> requests = Requests;
        return requests.Count == 0
            ? "nothing"
            : string.Join("; ", requests.Select(r => $"{r.Method} {r.Path} -> {(int)r.Status} {r.Activity?.Type} '{r.Activity?.Text}'"));
    }

    private void Record(ConnectorRequest request)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _requests.Add(request);
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A misbehaviour: an error status (or null to answer normally) after a delay, for some requests.</summary>
    private sealed record FaultRule(HttpStatusCode? Status, TimeSpan? RetryAfter, string? ErrorCode, string? ConversationId, TimeSpan Delay, int Times)
    {
        public int Remaining { get; set; } = Times;
    }
}
