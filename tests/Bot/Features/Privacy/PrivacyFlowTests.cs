using System.Net;
using System.Text.Json.Nodes;
using ClustER.Bot.Features.Privacy;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage.Entities;
using ClustER.Cards;
using ClustER.Jobs.Assemblies;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Privacy;
using ClustER.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ClustER.Tests.Bot.Features.Privacy.PrivacyBot;

namespace ClustER.Tests.Bot.Features.Privacy;

/// <summary>"my data" and "forget me" through the real endpoint, the real database and the real Hangfire.</summary>
public sealed class PrivacyFlowTests
{
    private const string OtherUserId = "29:bruno-verdi";
    private const string OtherConversationId = "a:bruno-personal";

    [Fact]
    public async Task MyData_ExportsEverySectionOfThePersonAndNothingOfAnother()
    {
        await using BotApiFactory bot = await StartAsync();
        (SeededPerson zoe, _) = await MeetBothAsync(bot);

        await bot.PostActivityAsync(MemberMessage(bot, "i miei dati"));
        HttpResponseMessage response = await bot.Client.GetAsync(LinkIn(LastText(bot, MemberConversationId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        string json = await response.Content.ReadAsStringAsync();
        JsonNode export = JsonNode.Parse(json)!;
        Assert.Equal(zoe.PersonId, export["personId"]!.GetValue<int>());
        Assert.True(DateTimeOffset.UtcNow - export["generatedAt"]!.GetValue<DateTimeOffset>() < TimeSpan.FromMinutes(1));
        JsonNode sections = export["sections"]!;
        Assert.Equal(MemberName, sections["directory"]!["name"]!.GetValue<string>());
        Assert.Contains(MemberName, json, StringComparison.Ordinal);
        Assert.Equal(MemberEmail, sections["directory"]!["email"]!.GetValue<string>());
        Assert.Equal("BioInnova Srl", sections["directory"]!["organisation"]!.GetValue<string>());
        Assert.Equal(3, sections["directory"]!["workingGroups"]![0]!["priority"]!.GetValue<int>());
        Assert.Equal(MemberConversationId, sections["conversations"]![0]!["conversationId"]!.GetValue<string>());
        Assert.Contains(sections["deliveries"]!.AsArray(), d => d!["kind"]!.GetValue<string>() == SendConvocationJob.LedgerKind && d["status"]!.GetValue<string>() == "Sent");
        Assert.Equal("event:ev-zoe", sections["reminders"]!["subscriptions"]![0]!["item"]!.GetValue<string>());
        Assert.Equal("call-zoe", sections["reminders"]!["remindMe"]![0]!["item"]!.GetValue<string>());
        Assert.Equal("2d 1h", sections["reminders"]!["preferences"]![0]!["offsets"]!.GetValue<string>());
        Assert.Equal("call:optout-zoe", sections["reminders"]!["optOuts"]![0]!["item"]!.GetValue<string>());
        Assert.StartsWith("Question of zoe", sections["questions"]!["asked"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, sections["meetings"]!["answers"]!.AsArray().Count);
        Assert.DoesNotContain("bruno", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Verdi", json, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherConversationId, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLink_ForgedEditedOrExpired_IsRefused()
    {
        await using BotApiFactory bot = await StartAsync();
        await bot.PostActivityAsync(MemberMessage(bot, "my data"));
        string link = LinkIn(LastText(bot, MemberConversationId));
        Assert.Contains("Here is everything", LastText(bot, MemberConversationId), StringComparison.Ordinal);
        int personId = await QueryAsync(bot, db => db.People.Where(p => p.TeamsUserId == MemberUserId).Select(p => p.Id).SingleAsync());

        // A link signed by this bot's own keys an hour ago, with the configured 15-minute lifetime.
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var signedThen = new ExportLinks(bot.Services.GetRequiredService<IDataProtectionProvider>(),
            Microsoft.Extensions.Options.Options.Create(new PrivacyOptions()), past);
        string expired = new Uri(signedThen.Create(personId).Url).PathAndQuery.TrimStart('/');
        // Another bot's keys (a forger who knows the format but not the key).
        var forger = new ExportLinks(new EphemeralDataProtectionProvider(), Microsoft.Extensions.Options.Options.Create(new PrivacyOptions()), TimeProvider.System);
        string forged = new Uri(forger.Create(personId).Url).PathAndQuery.TrimStart('/');
        string edited = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];

        Assert.Equal(HttpStatusCode.OK, (await bot.Client.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Client.GetAsync(expired)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Client.GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Client.GetAsync(edited)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Client.GetAsync("privacy/export")).StatusCode);
    }

    [Fact]
    public async Task ForgetMe_AfterConfirmation_ErasesEveryTraceKeepsAnonymousLedgerAndTellsStaff()
    {
        await using BotApiFactory bot = await StartAsync();
        (SeededPerson zoe, SeededPerson bruno) = await MeetBothAsync(bot);
        int convocationsToZoe = In(bot, MemberConversationId).Count();

        // The message only asks: nothing is erased before the button.
        await bot.PostActivityAsync(MemberMessage(bot, "dimenticami"));
        JsonNode card = LastCard(bot, MemberConversationId);
        Assert.Contains("irreversibile", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(MemberName, await QueryAsync(bot, db => db.People.Where(p => p.Id == zoe.PersonId).Select(p => p.Name).SingleAsync()));

        await bot.PostActivityAsync(MemberSubmit(bot, CardVerbs.PrivacyForgetConfirm, new JsonObject { ["personId"] = zoe.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        // The card is replaced by the outcome (Action.Submit: the card's activity is updated).
        Assert.Contains(bot.Connector.Requests, r => r.Kind == ConnectorOperation.UpdateActivity && r.ConversationId == MemberConversationId
            && Json(r.Activity?.Attachments?[0].Content).Contains("persona nuova", StringComparison.Ordinal) == true);

        // No table holds her name, e-mail, ids, conversation, question, or her organisation's link through her.
        List<(string Table, string Value)> values = await EveryValueAsync(bot);
        string[] traces = [MemberName, MemberEmail, MemberUserId, MemberConversationId, "Question of zoe", "ev-zoe", "call-zoe", "optout-zoe"];
        Assert.DoesNotContain(values, v => traces.Any(t => v.Value.Contains(t, StringComparison.OrdinalIgnoreCase)));
        Person tombstone = await QueryAsync(bot, db => db.People.AsNoTracking().SingleAsync(p => p.Id == zoe.PersonId));
        Assert.Equal($"#{zoe.PersonId}", tombstone.Name);
        Assert.Null(tombstone.OrganisationId);
        Assert.Equal(PersonRoles.None, tombstone.Roles);
        Assert.NotNull(tombstone.ErasedAt);
        Assert.Contains(ErasedIdentity.HashOfEmail(MemberEmail), await QueryAsync(bot, db => db.ErasedIdentities.Select(e => e.IdentifierHash).ToListAsync()));

        // Bruno keeps everything.
        Assert.Contains(values, v => v.Value == "bruno.verdi@medtech.example");
        Assert.Equal(2, await QueryAsync(bot, db => db.MeetingResponses.CountAsync(r => r.PersonId == bruno.PersonId)));

        // The ledger row stays, anonymous; the past assembly's attendance stays for the minutes; the upcoming proxy is withdrawn.
        List<DeliveryRecord> ledger = await QueryAsync(bot, db => db.Deliveries.AsNoTracking().Where(d => d.PersonId == zoe.PersonId).ToListAsync());
        Assert.Equal(2, ledger.Count);
        Assert.All(ledger, d => Assert.Equal((DeliveryStatus.Sent, (string?)null), (d.Status, d.ActivityId)));
        MeetingResponse kept = await QueryAsync(bot, db => db.MeetingResponses.AsNoTracking().SingleAsync(r => r.PersonId == zoe.PersonId));
        Assert.Equal((zoe.PastMeetingId, zoe.OrganisationId), (kept.MeetingId, kept.OrganisationId));

        // Staff are told, without her name or contacts.
        await bot.Connector.WaitForRequestsAsync(r => r.ConversationId == TestActivities.PersonalConversationId
            && r.Activity?.Text?.Contains("art. 17", StringComparison.Ordinal) == true, 1, TimeSpan.FromSeconds(30));
        Activity notice = In(bot, TestActivities.PersonalConversationId).Single(a => a.Text?.Contains("art. 17", StringComparison.Ordinal) == true);
        Assert.Contains($"#{zoe.PersonId}", notice.Text, StringComparison.Ordinal);
        Assert.Contains("BioInnova Srl", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoë", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberEmail, notice.Text, StringComparison.Ordinal);

        // Rerunning the convocation fan-out, even with her tombstone still on a stale recipient list, sends nothing again.
        await using (AsyncServiceScope scope = bot.Services.CreateAsyncScope())
        {
            Meeting meeting = await scope.ServiceProvider.GetRequiredService<ClustER.Bot.Storage.BotDbContext>().Meetings.SingleAsync(m => m.Id == zoe.UpcomingMeetingId);
            await scope.ServiceProvider.GetRequiredService<SendConvocationJob>().RunAsync(meeting.Id, meeting.Sequence, default);
            DeliveryProgress progress = await scope.ServiceProvider.GetRequiredService<FanOutRunner>().RunAsync(SendConvocationJob.LedgerKind,
                SendConvocationJob.SubjectId(meeting.Id), SendConvocationJob.Occurrence(meeting.Sequence), [zoe.PersonId],
                (_, _) => Task.FromResult<OutboundMessage?>(new OutboundMessage("again", null, "it-IT")), default);
            Assert.Equal((2, 2), (progress.Total, progress.Sent));
        }

        Assert.Equal(2, await QueryAsync(bot, db => db.Deliveries.CountAsync(d => d.PersonId == zoe.PersonId)));
        Assert.DoesNotContain(bot.Connector.Activities, a => a.Text == "again");

        // The same Teams user writing again is a new, unknown person with a fresh conversation reference.
        await bot.PostActivityAsync(MemberMessage(bot, "ciao"));
        Person fresh = await QueryAsync(bot, db => db.People.AsNoTracking().SingleAsync(p => p.TeamsUserId == MemberUserId));
        Assert.NotEqual(zoe.PersonId, fresh.Id);
        Assert.Null(fresh.Email);
        Assert.Null(fresh.OrganisationId);
        Assert.Equal(fresh.Id, await QueryAsync(bot, db => db.Conversations.Where(c => c.ConversationId == MemberConversationId).Select(c => c.PersonId).SingleAsync()));

        // Pressing the old Confirm again is harmless: nothing changes, no second notice.
        await bot.PostActivityAsync(MemberSubmit(bot, CardVerbs.PrivacyForgetConfirm, new JsonObject { ["personId"] = zoe.PersonId }));
        Assert.Contains(bot.Connector.Requests, r => r.Kind == ConnectorOperation.UpdateActivity && r.ConversationId == MemberConversationId
            && Json(r.Activity?.Attachments?[0].Content).Contains("già stati cancellati", StringComparison.Ordinal) == true);
        await Task.Delay(500);
        Assert.Single(In(bot, TestActivities.PersonalConversationId), a => a.Text?.Contains("art. 17", StringComparison.Ordinal) == true);
        Assert.Equal(1, await QueryAsync(bot, db => db.Deliveries.CountAsync(d => d.Kind == NotifyErasureJob.LedgerKind)));
        Assert.True(In(bot, MemberConversationId).Count() > convocationsToZoe);
    }

    [Fact]
    public async Task MyDataAndForgetMe_InAGroupChat_AreAnsweredWithoutLinkOrCard()
    {
        await using BotApiFactory bot = await StartAsync();

        await bot.PostActivityAsync(bot.Activities.GroupMessage("my data"));
        await bot.PostActivityAsync(bot.Activities.GroupMessage("dimenticami"));

        List<Activity> replies = [.. In(bot, TestActivities.GroupConversationId)];
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.True(r.Attachments is null || r.Attachments.Count == 0));
        Assert.All(replies, r => Assert.DoesNotContain("/privacy/export", r.Text, StringComparison.Ordinal));
        Assert.Contains("private chat", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("chat privata", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ShowsTheDataRightsToMembersAndTheStaffCommandToStaffOnly()
    {
        await using BotApiFactory bot = await StartAsync();

        await bot.PostActivityAsync(MemberMessage(bot, "aiuto"));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("aiuto"));

        string member = Json(LastCard(bot, MemberConversationId));
        string staff = Json(LastCard(bot, TestActivities.PersonalConversationId));
        Assert.Contains("i miei dati", member, StringComparison.Ordinal);
        Assert.Contains("dimenticami", member, StringComparison.Ordinal);
        Assert.DoesNotContain("cancella dati di", member, StringComparison.Ordinal);
        Assert.Contains("cancella dati di", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_Cancelled_ErasesNothing()
    {
        await using BotApiFactory bot = await StartAsync();
        await bot.PostActivityAsync(MemberMessage(bot, "forget me"));
        int personId = await QueryAsync(bot, db => db.People.Where(p => p.TeamsUserId == MemberUserId).Select(p => p.Id).SingleAsync());

        await bot.PostActivityAsync(MemberSubmit(bot, CardVerbs.PrivacyForgetCancel, new JsonObject { ["personId"] = personId }));

        Assert.Equal(MemberName, await QueryAsync(bot, db => db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleAsync()));
        Assert.Equal(1, await QueryAsync(bot, db => db.Conversations.CountAsync(c => c.PersonId == personId)));
    }

    [Fact]
    public async Task ForgetMe_ConfirmingSomeoneElsesCard_IsRefusedForMembers()
    {
        await using BotApiFactory bot = await StartAsync();
        await bot.PostActivityAsync(MemberMessage(bot, "ciao", OtherUserId, OtherConversationId, "Bruno Verdi"));
        await bot.PostActivityAsync(MemberMessage(bot, "ciao"));
        int bruno = await QueryAsync(bot, db => db.People.Where(p => p.TeamsUserId == OtherUserId).Select(p => p.Id).SingleAsync());

        await bot.PostActivityAsync(MemberSubmit(bot, CardVerbs.PrivacyForgetConfirm, new JsonObject { ["personId"] = bruno }));

        Assert.Equal("Bruno Verdi", await QueryAsync(bot, db => db.People.Where(p => p.Id == bruno).Select(p => p.Name).SingleAsync()));
        Assert.Contains("riservato allo staff", LastText(bot, MemberConversationId), StringComparison.Ordinal);
        Assert.Single(bot.Logs.WithEventId(4702));
    }

    [Fact]
    public async Task ForgetMe_FailingHalfWay_LeavesEverythingAsItWas()
    {
        await using BotApiFactory bot = await StartAsync(o => o.ConfigureServices(s => s.AddScoped<ClustER.Bot.Privacy.IPersonalDataContributor, FailingContributor>()));
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        await bot.PostActivityAsync(MemberMessage(bot, "ciao"));
        await bot.PostActivityAsync(MemberMessage(bot, "ciao", OtherUserId, OtherConversationId, "Bruno Verdi"));
        SeededPerson zoe = await PrivacySeed.FillAsync(bot, MemberUserId, MemberEmail, "BioInnova Srl", "zoe");

        await bot.PostActivityAsync(MemberSubmit(bot, CardVerbs.PrivacyForgetConfirm, new JsonObject { ["personId"] = zoe.PersonId }));

        Person person = await QueryAsync(bot, db => db.People.AsNoTracking().SingleAsync(p => p.Id == zoe.PersonId));
        Assert.Equal((MemberName, MemberEmail, (DateTimeOffset?)null), (person.Name, person.Email, person.ErasedAt));
        Assert.Equal(1, await QueryAsync(bot, db => db.Conversations.CountAsync(c => c.PersonId == zoe.PersonId)));
        Assert.Equal(1, await QueryAsync(bot, db => db.StaffQuestions.CountAsync(q => q.PersonId == zoe.PersonId)));
        Assert.Equal(2, await QueryAsync(bot, db => db.MeetingResponses.CountAsync(r => r.PersonId == zoe.PersonId)));
        Assert.Equal(0, await QueryAsync(bot, db => db.Deliveries.CountAsync(d => d.Kind == NotifyErasureJob.LedgerKind)));
        Assert.Equal(0, await QueryAsync(bot, db => db.ErasedIdentities.CountAsync()));
    }

    [Fact]
    public async Task StaffErase_OfAMemberWhoNeverTalkedToTheBot_ErasesAfterConfirmation()
    {
        await using BotApiFactory bot = await StartAsync();
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        int imported = await QueryAsync(bot, async db =>
        {
            var person = new Person { Name = "Ángela Müller", Email = "Angela.Mueller@Ospedale.example", AadObjectId = "0d1e2f3a-0000-4000-8000-00000000beef" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

        // A member may not erase someone else; staff get the confirmation card for the address (any case).
        await bot.PostActivityAsync(MemberMessage(bot, "cancella dati di angela.mueller@ospedale.example"));
        Assert.Contains("riservato allo staff", LastText(bot, MemberConversationId), StringComparison.Ordinal);
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("cancella dati di angela.mueller@ospedale.example"));
        string card = Json(LastCard(bot, TestActivities.PersonalConversationId));
        Assert.Contains("Ángela Müller", card, StringComparison.Ordinal);
        Assert.Equal("Ángela Müller", await QueryAsync(bot, db => db.People.Where(p => p.Id == imported).Select(p => p.Name).SingleAsync()));

        // Staff can also hand the member their export.
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("esporta dati di angela.mueller@ospedale.example"));
        string export = await bot.Client.GetStringAsync(LinkIn(LastText(bot, TestActivities.PersonalConversationId)));
        Assert.Contains("Ángela Müller", export, StringComparison.Ordinal);
        Assert.DoesNotContain(TestActivities.UserName, export, StringComparison.Ordinal);

        await bot.PostActivityAsync(bot.Activities.CardSubmit(CardVerbs.PrivacyForgetConfirm, new JsonObject { ["personId"] = imported }));

        Person tombstone = await QueryAsync(bot, db => db.People.AsNoTracking().SingleAsync(p => p.Id == imported));
        Assert.Equal((null, null, $"#{imported}"), (tombstone.Email, tombstone.AadObjectId, tombstone.Name));
        await bot.Connector.WaitForRequestsAsync(r => r.ConversationId == TestActivities.PersonalConversationId
            && r.Activity?.Text?.Contains("art. 17", StringComparison.Ordinal) == true, 1, TimeSpan.FromSeconds(30));
        Assert.Contains(In(bot, TestActivities.PersonalConversationId), a => a.Text?.Contains(TestActivities.UserName, StringComparison.Ordinal) == true
            && a.Text.Contains("art. 17", StringComparison.Ordinal));
        Assert.DoesNotContain(await EveryValueAsync(bot), v => v.Value.Contains("Müller", StringComparison.Ordinal) || v.Value.Contains("beef", StringComparison.Ordinal));

        // The old export link now finds nothing to serve.
        Assert.Equal(HttpStatusCode.Gone, (await bot.Client.GetAsync(LinkIn(In(bot, TestActivities.PersonalConversationId).Last(a => a.Text?.Contains("/privacy/export", StringComparison.Ordinal) == true).Text!))).StatusCode);

        // Unknown address: a clear answer.
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("erase data of nobody@nowhere.example"));
        Assert.Contains("no one", LastText(bot, TestActivities.PersonalConversationId), StringComparison.Ordinal);
    }

    private static async Task<(SeededPerson Zoe, SeededPerson Bruno)> MeetBothAsync(BotApiFactory bot)
    {
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        await bot.PostActivityAsync(MemberMessage(bot, "ciao"));
        await bot.PostActivityAsync(MemberMessage(bot, "ciao", OtherUserId, OtherConversationId, "Bruno Verdi"));
        SeededPerson zoe = await PrivacySeed.FillAsync(bot, MemberUserId, MemberEmail, "BioInnova Srl", "zoe");
        SeededPerson bruno = await PrivacySeed.FillAsync(bot, OtherUserId, "bruno.verdi@medtech.example", "MedTech Spa", "bruno");
        return (zoe, bruno);
    }

    /// <summary>A contributor that fails after every other one has erased its part.</summary>
    private sealed class FailingContributor : ClustER.Bot.Privacy.IPersonalDataContributor
    {
        public string Section => "failing";

        public Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken) => Task.FromResult<JsonNode?>(null);

        public Task EraseAsync(int personId, CancellationToken cancellationToken) => throw new InvalidOperationException("disk full");
    }
}
