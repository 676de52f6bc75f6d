using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ClustER.Bench.Reminders;
using ClustER.Bench.Servers;
using ClustER.Bot.Connector;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bench.Polls;

/// <summary>
/// A working-group meeting poll with 10 slots and 500 invited members who all vote (10 answers each, one
/// Action.Execute invoke) through the real <c>/api/messages</c> of the real host (SQLite file, member resolution,
/// routing, the poll service's transaction, the card rendered for the invoke answer). Two rounds: everyone at
/// once (the worst burst), then a second vote by everyone with 16 at a time (members changing their minds at a
/// steady pace). Before them, other members vote on another poll until the code is compiled and tiered up, as in a
/// bot that has run for a while. After each round the tallies in the database must equal the expected ones exactly.
/// </summary>
public static class PollVoteBench
{
    private static readonly DateTimeOffset FirstSlot = DateTimeOffset.UtcNow.AddDays(20);

    private const string MeasuredVoters = "voter";
    private const string WarmUpVoters = "warm";
    private const int WarmUpVoterCount = 64;

    /// <summary>Runs the scenario and prints a table; returns true when the tallies were exact and p99 under the target.</summary>
    public static async Task<bool> RunAsync(int voters = 500, int slots = 10, int warmUpInvokes = 4000, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        string folder = Path.Combine(Path.GetTempPath(), "clust-er-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using RecordingConnector connector = await RecordingConnector.StartAsync(cancellationToken);
        // Only votes are measured: the poll's fan-out and close jobs are not run (no Hangfire server).
        WebApplication bot = InProcessBot.Build(folder, new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = string.Empty,
            ["DemoData:Enabled"] = "false",
        }, messagesPerSecond: 30);
        await bot.StartAsync(cancellationToken);
        try
        {
            bot.Services.GetRequiredService<ServiceUrlRegistry>().Trust(connector.ServiceUrl);
            (int pollId, int[] slotIds) = await SeedAsync(bot.Services, MeasuredVoters, voters, slots, connector.ServiceUrl, cancellationToken);
            (int warmPollId, int[] warmSlotIds) = await SeedAsync(bot.Services, WarmUpVoters, WarmUpVoterCount, slots, connector.ServiceUrl, cancellationToken);
            Uri endpoint = new(bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/api/messages");
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 });
            output.WriteLine($"polls: {slots} slots, {voters:N0} voters, one invoke of {slots} answers each, SQLite, real host on loopback");
            output.WriteLine($"  {"round",-28} {"invokes",8} {"failed",7} {"seconds",8} {"votes/s",8} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"max ms",7} {"tallies",8} {"CPU ms/inv",10} {"KB/inv",7} {"GC pause ms",11}");

            // A bot that has run for a while has compiled its queries and tiered up its code. Other members vote on
            // another poll until then; the measured voters stay unseen, so their first vote still misses every cache.
            await Parallel.ForEachAsync(Enumerable.Range(0, warmUpInvokes), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (i, ct) => await VoteAsync(http, endpoint, connector.ServiceUrl, warmPollId, warmSlotIds, WarmUpVoters, i % WarmUpVoterCount, i / WarmUpVoterCount, ct));
            await VoteAsync(http, endpoint, connector.ServiceUrl, pollId, slotIds, MeasuredVoters, 0, 0, cancellationToken);
            bool ok = true;

            // What each voter's stored answers must be: the pattern of their last successful invoke (-1: none yet).
            int[] stored = [0, .. Enumerable.Repeat(-1, voters - 1)];
            foreach ((string name, int parallel, int pattern) in new[] { ("all at once (burst)", voters, 0), ("changed votes, 16 at a time", 16, 1) })
            {
                var latencies = new ConcurrentBag<double>();
                int failed = 0;
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                long allocatedBefore = GC.GetTotalAllocatedBytes();
                TimeSpan pausedBefore = GC.GetTotalPauseDuration();
                var watch = Stopwatch.StartNew();
                await Parallel.ForEachAsync(Enumerable.Range(0, voters), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                    async (voter, ct) =>
                    {
                        long start = Stopwatch.GetTimestamp();
                        bool success = await VoteAsync(http, endpoint, connector.ServiceUrl, pollId, slotIds, MeasuredVoters, voter, pattern, ct);
                        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        if (success)
                        {
                            stored[voter] = pattern;
                        }
                        else
                        {
                            Interlocked.Increment(ref failed);
                        }
                    });
                TimeSpan elapsed = watch.Elapsed;
                // The bench process holds both the bot and the load generator, so these include the client's share.
                double cpuPerInvoke = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / voters;
                double kbPerInvoke = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / voters;
                double paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
                bool exact = await TalliesExactAsync(bot.Services, pollId, slotIds, stored, cancellationToken);
                double[] sorted = [.. latencies.Order()];
                double P(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
                output.WriteLine($"  {name,-28} {voters,8:N0} {failed,7} {elapsed.TotalSeconds,8:0.00} {voters * slots / elapsed.TotalSeconds,8:0} {P(0.5),7:0.0} {P(0.95),7:0.0} {P(0.99),7:0.0} {sorted[^1],7:0.0} {(exact ? "exact" : "WRONG"),8} {cpuPerInvoke,10:0.00} {kbPerInvoke,7:0} {paused,11:0}");
                ok &= exact && failed == 0 && (parallel != voters ? P(0.99) < 100 : true);
            }

            output.WriteLine($"  load average after the rounds: {BenchMachine.LoadAverage()}");
            output.WriteLine(ok ? "  verdict: tallies exact, p99 under 100 ms at a steady pace" : "  verdict: FAILED (wrong tallies, failed invokes or p99 over 100 ms)");
            return ok;
        }
        finally
        {
            await bot.StopAsync(CancellationToken.None);
            await bot.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // the OS cleans the temp folder eventually
            }
        }
    }

    /// <summary>The answer of <paramref name="voter"/> for slot index <paramref name="slot"/> in a round's pattern.</summary>
    private static PollAnswer Expected(int voter, int slot, int pattern) => (PollAnswer)((voter + slot + pattern) % 3);

    private static async Task<bool> VoteAsync(HttpClient http, Uri endpoint, string serviceUrl, int pollId, int[] slotIds, string group, int voter, int pattern, CancellationToken ct)
    {
        var data = new StringBuilder().Append(CultureInfo.InvariantCulture, $"\"pollId\":{pollId}");
        for (int s = 0; s < slotIds.Length; s++)
        {
            data.Append(CultureInfo.InvariantCulture, $",\"slot{slotIds[s]}\":\"{Expected(voter, s, pattern)}\"");
        }

        string body = """
            {"type":"invoke","name":"adaptiveCard/action","id":"ID","serviceUrl":"SERVICE","channelId":"msteams",
             "from":{"id":"29:GROUP-VOTER","name":"Voter VOTER"},"recipient":{"id":"28:bench-bot","name":"ClustER.Bot"},
             "conversation":{"id":"a:GROUP-VOTER","conversationType":"personal","tenantId":"bench-tenant"},"locale":"it-IT",
             "channelData":{"tenant":{"id":"bench-tenant"}},
             "value":{"action":{"type":"Action.Execute","verb":"pollVote","data":{DATA}},"trigger":"manual"}}
            """.Replace("ID", Guid.NewGuid().ToString("N"), StringComparison.Ordinal)
            .Replace("SERVICE", serviceUrl, StringComparison.Ordinal)
            .Replace("GROUP", group, StringComparison.Ordinal)
            .Replace("VOTER", voter.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("DATA", data.ToString(), StringComparison.Ordinal);
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = await http.PostAsync(endpoint, content, ct);
        string answer = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode && answer.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when every voter's stored answers are exactly those of their last successful invoke (a failed invoke,
    /// answered with an error, must have stored nothing), and the poll's counters equal those votes.
    /// </summary>
    private static async Task<bool> TalliesExactAsync(IServiceProvider services, int pollId, int[] slotIds, int[] stored, CancellationToken ct)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Dictionary<int, int> voterOf = await db.People.AsNoTracking().Where(p => p.TeamsUserId!.StartsWith("29:voter-"))
            .ToDictionaryAsync(p => p.Id, p => int.Parse(p.TeamsUserId![9..], CultureInfo.InvariantCulture), ct);
        List<MeetingPollVote> votes = await db.MeetingPollVotes.AsNoTracking().Where(v => v.PollId == pollId).ToListAsync(ct);
        var actual = votes.ToDictionary(v => (voterOf[v.PersonId], Array.IndexOf(slotIds, v.SlotId)), v => v.Answer);
        int expectedRows = 0;
        for (int voter = 0; voter < stored.Length; voter++)
        {
            for (int s = 0; s < slotIds.Length && stored[voter] >= 0; s++, expectedRows++)
            {
                if (!actual.TryGetValue((voter, s), out PollAnswer answer) || answer != Expected(voter, s, stored[voter]))
                {
                    return false;
                }
            }
        }

        // The counters the cards show must be the same counts.
        List<MeetingPollSlot> counted = await db.MeetingPollSlots.AsNoTracking().Where(s => s.PollId == pollId).ToListAsync(ct);
        bool countersExact = counted.All(s => s.YesCount == votes.Count(v => v.SlotId == s.Id && v.Answer == PollAnswer.Yes)
            && s.IfNeedBeCount == votes.Count(v => v.SlotId == s.Id && v.Answer == PollAnswer.IfNeedBe)
            && s.NoCount == votes.Count(v => v.SlotId == s.Id && v.Answer == PollAnswer.No));
        int voters = await db.MeetingPolls.AsNoTracking().Where(p => p.Id == pollId).Select(p => p.VoterCount).SingleAsync(ct);
        return votes.Count == expectedRows && countersExact && voters == stored.Count(p => p >= 0);
    }

    private static async Task<(int PollId, int[] SlotIds)> SeedAsync(IServiceProvider services, string group, int voters, int slots, string serviceUrl, CancellationToken ct)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (int i = 0; i < voters; i++)
        {
            var person = new Person { Name = $"Voter {i}", TeamsUserId = $"29:{group}-{i}", TimeZone = i % 5 == 0 ? "America/New_York" : null };
            person.WorkingGroups.Add(new WorkingGroupMembership { Priority = 5 });
            db.People.Add(person);
        }

        await db.SaveChangesAsync(ct);
        foreach (Person person in await db.People.AsNoTracking().Where(p => p.TeamsUserId!.StartsWith($"29:{group}-")).ToListAsync(ct))
        {
            db.Conversations.Add(new StoredConversation
            {
                ConversationId = "a:" + person.TeamsUserId![3..], ServiceUrl = serviceUrl, ChannelId = "msteams", ConversationType = "personal",
                BotId = "28:bench-bot", UserId = person.TeamsUserId, TenantId = "bench-tenant", PersonId = person.Id, UpdatedAt = DateTimeOffset.UtcNow,
            });
        }

        var poll = new MeetingPoll
        {
            Priority = 5, Title = "Riunione del gruppo di lavoro 5: salute digitale", Place = "Bologna, Tecnopolo", Uid = $"bench-{group}@clust-er.bot",
            Deadline = FirstSlot.AddDays(-5), VotesVisibleToAll = true, CreatedAt = DateTimeOffset.UtcNow,
            Slots = [.. Enumerable.Range(0, slots).Select(s => new MeetingPollSlot { Position = s + 1, StartsAt = FirstSlot.AddDays(s), DurationMinutes = 90 })],
        };
        db.MeetingPolls.Add(poll);
        await db.SaveChangesAsync(ct);
        return (poll.Id, [.. poll.Slots.OrderBy(s => s.Position).Select(s => s.Id)]);
    }
}
