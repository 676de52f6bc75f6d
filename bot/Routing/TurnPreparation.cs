using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Routing;

/// <summary>
/// Reads what the router needs from a raw activity: the text without bot mentions, and the card action
/// in either of its two shapes (Action.Submit's <c>value</c>, Action.Execute's <c>value.action</c>).
/// </summary>
internal static partial class TurnPreparation
{
    /// <summary>Fills <see cref="TurnContext.Text"/> and <see cref="TurnContext.CardAction"/>.</summary>
    public static void Prepare(TurnContext context)
    {
        Activity activity = context.Activity;
        context.Text = StripBotMentions(activity);
        context.CardAction = ReadCardAction(activity);
    }

    /// <summary>True when the activity mentions the bot (its recipient).</summary>
    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? botId = activity.Recipient?.Id;
        return activity.Entities?.Any(e => e.Type == "mention" && MentionedId(e) is { } id && id == botId) == true
            || (activity.Text?.Contains("<at>", StringComparison.OrdinalIgnoreCase) == true && botId is null);
    }

    /// <summary>
    /// Removes the bot's <c>&lt;at&gt;…&lt;/at&gt;</c> mentions and trims the text. Mentions of other people
    /// keep their name as plain text ("ask <c>&lt;at&gt;Anna&lt;/at&gt;</c>" reads "ask Anna").
    /// </summary>
    public static string StripBotMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string text = activity.Text ?? string.Empty;
        if (text.Length == 0)
        {
            return text;
        }

        string? botId = activity.Recipient?.Id;
        if (activity.Entities is { } entities)
        {
            foreach (Entity mention in entities.Where(e => e.Type == "mention" && botId is not null && MentionedId(e) == botId))
            {
                if (mention.GetString("text") is { Length: > 0 } mentionText)
                {
                    text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        // A tag naming the bot whose entity was missing or did not match is still the bot's mention.
        string? botName = activity.Recipient?.Name;
        text = AtTag().Replace(text, m =>
        {
            string name = m.Groups["name"].Value.Trim();
            return botName is { Length: > 0 } && string.Equals(name, botName, StringComparison.OrdinalIgnoreCase) ? " " : name;
        });
        return Whitespace().Replace(text, " ").Trim();
    }

    private static CardAction? ReadCardAction(Activity activity)
    {
        if (activity.Type == ActivityTypes.Invoke && activity.Name == InvokeNames.AdaptiveCardAction)
        {
            JsonNode? action = (activity.Value as JsonObject)?["action"];
            string? verb = (action as JsonObject)?["verb"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
            JsonObject data = (action as JsonObject)?["data"] as JsonObject ?? [];
            return string.IsNullOrEmpty(verb) ? null : new CardAction(verb, (JsonObject)data.DeepClone(), IsInvoke: true);
        }

        if (activity.Type == ActivityTypes.Message && activity.Value is JsonObject submitted
            && submitted[CardAction.VerbKey] is JsonValue verbValue && verbValue.TryGetValue(out string? submitVerb))
        {
            return new CardAction(submitVerb, (JsonObject)submitted.DeepClone(), IsInvoke: false);
        }

        return null;
    }

    private static string? MentionedId(Entity mention) =>
        mention.Properties is not null && mention.Properties.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == System.Text.Json.JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id) ? id.GetString() : null;

    [GeneratedRegex("<at>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
