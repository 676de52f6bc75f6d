using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// Records every request to the bot's <c>/api/messages</c> and its answer, so a test can assert on what the
/// bot received (the bot's side of a button press) and wait until the bot has finished a turn: a turn runs
/// inside its request, so a finished request means every reply of that turn has reached the Connector.
/// </summary>
public sealed class BotTrafficRecorder
{
    private readonly Lock _gate = new();
    private readonly List<BotExchange> _completed = [];
    private readonly List<Waiter> _waiters = [];
    private int _started;

    /// <summary>How many requests have arrived so far; pass it to <see cref="WaitForAsync"/> as a mark.</summary>
    public int Started
    {
        get
        {
            lock (_gate)
            {
                return _started;
            }
        }
    }

    /// <summary>The finished exchanges, in the order they finished.</summary>
    public IReadOnlyList<BotExchange> Completed
    {
        get
        {
            lock (_gate)
            {
                return [.. _completed];
            }
        }
    }

    /// <summary>
    /// Waits for a finished exchange that arrived at or after <paramref name="sinceIndex"/> and matches
    /// <paramref name="match"/>; throws <see cref="TimeoutException"/> naming what was seen instead.
    /// </summary>
    public async Task<BotExchange> WaitForAsync(int sinceIndex, Func<BotExchange, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var waiter = new Waiter(e => e.Index >= sinceIndex && match(e));
        lock (_gate)
        {
            if (_completed.FirstOrDefault(waiter.Match) is { } done)
            {
                return done;
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            string seen = string.Join("; ", Completed.Where(e => e.Index >= sinceIndex)
                .Select(e => $"#{e.Index} {e.Type}{(e.Name is null ? "" : "/" + e.Name)} -> {e.Status}"));
            throw new TimeoutException($"The bot did not finish the expected turn within {timeout.TotalSeconds:0.#} s. Seen since #{sinceIndex}: [{seen}]");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>The middleware that records requests to <paramref name="path"/>.</summary>
    internal async Task RecordAsync(HttpContext http, Func<Task> next, string path)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            await next();
            return;
        }

        http.Request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted);
        }

        http.Request.Body.Position = 0;
        int index;
        lock (_gate)
        {
            index = _started++;
        }

        long start = Stopwatch.GetTimestamp();
        Stream original = http.Response.Body;
        using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = original;
            captured.Position = 0;
            await captured.CopyToAsync(original, http.RequestAborted);
            Complete(new BotExchange(index, TryParse(body), http.Response.StatusCode,
                Encoding.UTF8.GetString(captured.ToArray()), Stopwatch.GetElapsedTime(start)));
        }
    }

    private void Complete(BotExchange exchange)
    {
        List<Waiter> satisfied;
        lock (_gate)
        {
            _completed.Add(exchange);
            satisfied = [.. _waiters.Where(w => w.Match(exchange))];
        }

        foreach (Waiter waiter in satisfied)
        {
            waiter.Done.TrySetResult(exchange);
        }
    }

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Waiter(Func<BotExchange, bool> match)
    {
        public Func<BotExchange, bool> Match { get; } = match;

        public TaskCompletionSource<BotExchange> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
