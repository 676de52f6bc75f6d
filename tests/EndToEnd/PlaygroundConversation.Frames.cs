using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClustER.Tests.EndToEnd;

/// <summary>The turn mechanics: post the user's action, wait for the bot, collect the websocket frames.</summary>
public sealed partial class PlaygroundConversation
{
    private async Task<PlaygroundTurn> RunTurnAsync(string path, JsonObject body, Func<BotExchange, bool> isThisTurn, CancellationToken ct)
    {
        // Anything shown before this action (a welcome, a late message) is not part of its turn.
        while (_incoming.Reader.TryRead(out _))
        {
        }

        int mark = _bot.Started;
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, ct);
        string responseText = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The Playground refused POST /{path}: {(int)response.StatusCode} {responseText}");
        }

        // The Playground calls the bot after it has answered us (an invoke: before), so wait on the bot's side.
        BotExchange exchange = await _bot.WaitForAsync(mark,
            e => e.ConversationId?.StartsWith(ConversationId, StringComparison.Ordinal) == true && isThisTurn(e), TurnTimeout, ct);
        JsonObject? invokeResponse = exchange.Type == "invoke" && responseText.Length > 0 ? JsonNode.Parse(responseText) as JsonObject : null;
        IReadOnlyList<PlaygroundMessage> messages = await SettleAsync(ct);
        return new PlaygroundTurn(exchange, messages, invokeResponse);
    }

    /// <summary>Collects frames until none has arrived for <see cref="SettleTime"/>.</summary>
    private async Task<IReadOnlyList<PlaygroundMessage>> SettleAsync(CancellationToken ct)
    {
        var messages = new List<PlaygroundMessage>();
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
            quiet.CancelAfter(SettleTime);
            try
            {
                messages.Add(await _incoming.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return messages;
            }
        }
    }

    private async Task ReceiveAsync(CancellationToken ct)
    {
        byte[] buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!ct.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                OnFrame(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length));
                frame.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed by DisposeAsync or by the Playground stopping.
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    private void OnFrame(string json)
    {
        JsonObject? frame;
        try
        {
            frame = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return;
        }

        string? action = frame?["action"]?.GetValue<string>();
        if (frame?["message"] is not JsonObject message || action is not ("createMessage" or "updateMessage")
            || frame["actionConversationId"]?.GetValue<string>() != ConversationId)
        {
            return;
        }

        // The Playground broadcasts to every socket and the web UI opens two, so a frame can come twice.
        if (!_seenFrames.Add(json))
        {
            return;
        }

        PlaygroundMessage shown = PlaygroundMessage.From(message, isUpdate: action == "updateMessage");
        if (shown.FromId != Config.BotId)
        {
            return;
        }

        lock (_transcript)
        {
            _transcript.Add(shown);
        }

        _incoming.Writer.TryWrite(shown);
    }

    private static JsonObject Merge(JsonObject data, JsonObject? inputs)
    {
        var merged = (JsonObject)data.DeepClone();
        if (inputs is not null)
        {
            foreach ((string key, JsonNode? value) in inputs)
            {
                merged[key] = value?.DeepClone();
            }
        }

        return merged;
    }
}
