using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// One user in one Playground conversation, driven through the Playground's automation API instead of the
/// browser: the same requests the web UI makes (send a message, press a card button), with the bot's
/// replies read from the conversation websocket. Each call returns when the bot has finished the turn and
/// the Playground has shown what the bot sent. Tests run one at a time in a conversation.
/// </summary>
public sealed partial class PlaygroundConversation : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket;
    private readonly BotTrafficRecorder _bot;
    private readonly Channel<PlaygroundMessage> _incoming = Channel.CreateUnbounded<PlaygroundMessage>();
    private readonly HashSet<string> _seenFrames = [];
    private readonly List<PlaygroundMessage> _transcript = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _receiveLoop = Task.CompletedTask;

    private PlaygroundConversation(HttpClient http, ClientWebSocket socket, BotTrafficRecorder bot, PlaygroundConfig config, string conversationId, string userId)
    {
        _http = http;
        _socket = socket;
        _bot = bot;
        Config = config;
        ConversationId = conversationId;
        UserId = userId;
    }

    /// <summary>The Playground's mock tenant.</summary>
    public PlaygroundConfig Config { get; }

    /// <summary>The conversation this helper talks in.</summary>
    public string ConversationId { get; }

    /// <summary>The user this helper speaks as.</summary>
    public string UserId { get; }

    /// <summary>How long to wait for the bot to finish one turn.</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long the websocket must stay quiet after the bot's turn before the turn's messages are complete.
    /// The Playground writes a message to the socket before it answers the bot's Connector call, so this
    /// only covers loopback delivery.
    /// </summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Every bot message this conversation has shown, in order.</summary>
    public IReadOnlyList<PlaygroundMessage> Transcript
    {
        get
        {
            lock (_transcript)
            {
                return [.. _transcript];
            }
        }
    }

    /// <summary>
    /// Connects to the Playground at <paramref name="playground"/> as <paramref name="userId"/> (default: the
    /// signed-in user) in <paramref name="conversationId"/> (default: the personal chat with the bot).
    /// </summary>
    public static async Task<PlaygroundConversation> OpenAsync(Uri playground, BotTrafficRecorder bot,
        string? conversationId = null, string? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(playground);
        ArgumentNullException.ThrowIfNull(bot);
        var http = new HttpClient { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };
        var socket = new ClientWebSocket();
        try
        {
            JsonObject document = await http.GetFromJsonAsync<JsonObject>("_internal/v1/config", cancellationToken)
                ?? throw new InvalidOperationException("The Playground returned no config.");
            PlaygroundConfig config = PlaygroundConfig.From(document);
            var ws = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
            await socket.ConnectAsync(ws, cancellationToken);
            var conversation = new PlaygroundConversation(http, socket, bot, config,
                conversationId ?? config.PersonalChatId, userId ?? config.CurrentUserId);
            conversation._receiveLoop = conversation.ReceiveAsync(conversation._stop.Token);
            return conversation;
        }
        catch
        {
            socket.Dispose();
            http.Dispose();
            throw;
        }
    }

    /// <summary>The user types <paramref name="text"/> and sends it; returns the bot's turn.</summary>
    public Task<PlaygroundTurn> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["text"] = text, ["textFormat"] = "plain" };
        return RunTurnAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages", body,
            e => e.Type == "message" && e.Text == text && e.Value is null, cancellationToken);
    }

    /// <summary>
    /// The user sends <paramref name="text"/> with an @mention of the bot in front, as in a group chat or channel.
    /// </summary>
    public Task<PlaygroundTurn> SendMentioningBotAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        string mention = $"<at>{Config.BotName}</at>";
        string full = $"{mention} {text}";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = UserId },
            ["text"] = full,
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = Config.BotId }, ["text"] = mention }),
        };
        return RunTurnAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages", body,
            e => e.Type == "message" && e.Text?.Contains(text, StringComparison.Ordinal) == true && e.Value is null, cancellationToken);
    }

    /// <summary>
    /// The user presses the button labelled <paramref name="title"/> on <paramref name="card"/>, with the card's
    /// input values in <paramref name="inputs"/> (merged into the action data, as Teams does).
    /// </summary>
    public Task<PlaygroundTurn> PressAsync(PlaygroundMessage card, string title, JsonObject? inputs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        CardButton button = card.Button(title);
        JsonObject data = Merge(button.Data, inputs);
        return button.Type switch
        {
            CardButton.Submit => SubmitAsync(card, data, cancellationToken),
            CardButton.Execute => ExecuteAsync(card, button.Verb ?? throw new InvalidOperationException($"Action.Execute '{title}' has no verb."), data, button.Title, cancellationToken),
            _ => throw new NotSupportedException($"Pressing a {button.Type} button is not a bot turn."),
        };
    }

    /// <summary>An Action.Submit on <paramref name="card"/> with <paramref name="value"/>: a message with <c>value</c>.</summary>
    public Task<PlaygroundTurn> SubmitAsync(PlaygroundMessage card, JsonObject value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(value);
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = card.MessageId,
            ["value"] = value.DeepClone(),
        };
        return RunTurnAsync("_conversation/v1/submit", body,
            e => e.Type == "message" && e.ReplyToId == card.MessageId && e.Value is not null, cancellationToken);
    }

    /// <summary>An Action.Execute on <paramref name="card"/>: an <c>adaptiveCard/action</c> invoke, answered in its HTTP body.</summary>
    public Task<PlaygroundTurn> ExecuteAsync(PlaygroundMessage card, string verb, JsonObject? data = null, string? title = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        var action = new JsonObject { ["type"] = CardButton.Execute, ["verb"] = verb, ["data"] = data?.DeepClone() ?? new JsonObject() };
        if (title is not null)
        {
            action["title"] = title;
        }

        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = card.MessageId,
            ["value"] = new JsonObject { ["action"] = action },
        };
        return RunTurnAsync("_conversation/v1/invoke", body,
            e => e.Type == "invoke" && e.ReplyToId == card.MessageId, cancellationToken);
    }

    /// <summary>
    /// Waits for <paramref name="count"/> bot messages that arrive without a user action (proactive
    /// messages, job results); returns them once the socket has settled.
    /// </summary>
    public async Task<IReadOnlyList<PlaygroundMessage>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var messages = new List<PlaygroundMessage>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (messages.Count < count)
            {
                messages.Add(await _incoming.Reader.ReadAsync(deadline.Token));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Expected {count} bot messages within {timeout.TotalSeconds:0.#} s, got {messages.Count}.");
        }

        messages.AddRange(await SettleAsync(cancellationToken));
        return messages;
    }

    /// <summary>Closes the websocket.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var close = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", close.Token);
            }

            await _receiveLoop;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Closing is best effort; the Playground may already be gone.
        }
        finally
        {
            _socket.Dispose();
            _http.Dispose();
            _stop.Dispose();
        }
    }
}
