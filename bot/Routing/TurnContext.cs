using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClustER.Bot.Connector;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Routing;

/// <summary>
/// One turn: the inbound activity, what the router matched, and the ways to answer.
/// Knows the protocol, nothing of the association's domain.
/// </summary>
public sealed class TurnContext(Activity activity, IServiceProvider services, IConnectorClient connector)
{
    private readonly List<Activity> _sent = [];

    /// <summary>The inbound activity, read-only by convention.</summary>
    public Activity Activity { get; } = activity;

    /// <summary>The services of this turn's scope.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>The message text with bot mentions removed and whitespace trimmed; empty when none.</summary>
    public string Text { get; internal set; } = string.Empty;

    /// <summary>The regex match of the route that was selected, for routes declared with a pattern.</summary>
    public Match? RouteMatch { get; internal set; }

    /// <summary>The card action carried by this turn (Action.Submit or Action.Execute), if any.</summary>
    public CardAction? CardAction { get; internal set; }

    /// <summary>
    /// The locale replies are written in. Set by a turn middleware (language detection); defaults to
    /// the activity's locale.
    /// </summary>
    public string? ReplyLocale { get; set; }

    /// <summary>The answer to an invoke, written to the HTTP response; null for other activity types.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>A free-form bag for middleware to pass data to handlers.</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The activities sent during this turn, in order.</summary>
    public IReadOnlyList<Activity> Sent => _sent;

    /// <summary>True in a group chat or channel, where the bot acts only when mentioned.</summary>
    public bool IsGroupConversation =>
        Activity.Conversation?.IsGroup == true
        || Activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>Sends <paramref name="outbound"/> as a reply in this conversation.</summary>
    public async Task<ResourceResponse> SendAsync(Activity outbound, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outbound);
        outbound.Locale ??= ReplyLocale;
        Activity reply = ActivityFactory.AsReplyTo(outbound, Activity);
        string serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        string conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        ResourceResponse response = Activity.Id is { Length: > 0 } replyTo
            ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, reply, cancellationToken)
            : await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken);
        _sent.Add(reply);
        return response;
    }

    /// <summary>Sends a plain-text reply.</summary>
    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(ActivityFactory.Text(text, ReplyLocale), cancellationToken);

    /// <summary>
    /// Replaces the card the user acted on: in the invoke response for Action.Execute, or by updating
    /// the card's activity for Action.Submit (which carries the card's id as <c>replyToId</c>).
    /// Without either, the card is sent as a new message.
    /// </summary>
    public async Task ReplaceCardAsync(JsonNode card, string fallbackText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Activity.Type == ActivityTypes.Invoke)
        {
            InvokeResponse = InvokeResponse.Card(card);
            return;
        }

        Activity updated = ActivityFactory.Card(card, fallbackText, ReplyLocale);
        if (Activity.ReplyToId is { Length: > 0 } cardActivityId && Activity.ServiceUrl is { } serviceUrl && Activity.Conversation?.Id is { } conversationId)
        {
            Activity addressed = ActivityFactory.AsReplyTo(updated, Activity);
            addressed.ReplyToId = null;
            await connector.UpdateActivityAsync(serviceUrl, conversationId, cardActivityId, addressed, cancellationToken);
            _sent.Add(addressed);
            return;
        }

        await SendAsync(updated, cancellationToken);
    }

    /// <summary>
    /// Answers a card action with a short message: a banner for Action.Execute, a reply for Action.Submit.
    /// </summary>
    public async Task AcknowledgeCardActionAsync(string text, CancellationToken cancellationToken = default)
    {
        if (Activity.Type == ActivityTypes.Invoke)
        {
            InvokeResponse = InvokeResponse.Message(text);
            return;
        }

        await SendTextAsync(text, cancellationToken);
    }
}
