using System.Text.Json.Nodes;

namespace ClustER.Bot.Protocol;

/// <summary>Reads the Teams-specific fields of an activity's <c>channelData</c>.</summary>
public static class TeamsChannelData
{
    /// <summary>The tenant id, from <c>channelData.tenant.id</c> or the conversation.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.ChannelData as JsonObject)?["tenant"] is JsonObject tenant && tenant["id"] is JsonValue id && id.TryGetValue(out string? value)
            ? value
            : activity.Conversation?.TenantId;
    }

    /// <summary>The Teams event type of a conversationUpdate, e.g. <c>teamMemberAdded</c>.</summary>
    public static string? EventType(Activity activity) =>
        (activity?.ChannelData as JsonObject)?["eventType"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>The <c>clientInfo</c> entity's field, e.g. <c>locale</c> or <c>timezone</c>.</summary>
    public static string? ClientInfo(Activity activity, string field) =>
        activity?.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.GetString(field);
}
