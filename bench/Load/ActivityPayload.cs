using System.Text.Json;

namespace ClustER.Bench.Load;

/// <summary>
/// A Teams personal-chat message as the Connector delivers it (same fields and size as a real one:
/// tenant channelData, clientInfo entity, AAD object id), with a unique id per turn.
/// </summary>
internal static class ActivityPayload
{
    /// <summary>The UTF-8 JSON of turn <paramref name="turn"/> in conversation <paramref name="conversation"/>.</summary>
    public static byte[] Message(string runId, long turn, int conversation, string serviceUrl, string text)
    {
        using var buffer = new MemoryStream(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", $"{runId}-{turn}");
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("serviceUrl", serviceUrl);
            json.WriteString("channelId", "msteams");
            json.WriteStartObject("from");
            json.WriteString("id", $"29:bench-user-{conversation}");
            json.WriteString("name", $"Bench User {conversation}");
            json.WriteString("aadObjectId", $"00000000-0000-0000-0000-{conversation:D12}");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("conversationType", "personal");
            json.WriteString("tenantId", "bench-tenant");
            json.WriteString("id", $"a:bench-{runId}-{conversation}");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "28:bench-bot");
            json.WriteString("name", "ClustER.Bot");
            json.WriteEndObject();
            json.WriteString("textFormat", "plain");
            json.WriteString("text", text);
            json.WriteString("locale", "en-US");
            json.WriteStartArray("entities");
            json.WriteStartObject();
            json.WriteString("type", "clientInfo");
            json.WriteString("locale", "en-US");
            json.WriteString("country", "IT");
            json.WriteString("platform", "Web");
            json.WriteString("timezone", "Europe/Rome");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", "bench-tenant");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A short random id for one run, so activity ids never repeat (the bot drops duplicates).</summary>
    public static string NewRunId() => Convert.ToHexString(Guid.NewGuid().ToByteArray().AsSpan(0, 4)).ToLowerInvariant();

    /// <summary>The payload size, for the report.</summary>
    public static int SampleSize(string serviceUrl, string text) => Message("00000000", 0, 0, serviceUrl, text).Length;
}
