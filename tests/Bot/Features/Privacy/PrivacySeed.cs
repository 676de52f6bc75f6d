using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Assemblies;
using ClustER.Jobs.Reminders;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Privacy;

/// <summary>Data in every person-linked table for one person, as the features on main store it.</summary>
internal sealed record SeededPerson(int PersonId, int OrganisationId, int UpcomingMeetingId, int PastMeetingId);

/// <summary>Fills every feature's tables for a person the bot has met.</summary>
internal static class PrivacySeed
{
    /// <summary>
    /// Gives <paramref name="userId"/> (who has talked to the bot) an e-mail, an organisation, a working group,
    /// reminders, a staff question, an answer to a past assembly and a proxy for an upcoming one whose
    /// convocation the real job sent them.
    /// </summary>
    public static async Task<SeededPerson> FillAsync(BotApiFactory bot, string userId, string email, string organisation, string tag)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var org = new Organisation { Name = organisation };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        Person person = await db.People.SingleAsync(p => p.TeamsUserId == userId);
        person.Email = email;
        person.OrganisationId = org.Id;
        person.Roles |= PersonRoles.Representative;
        person.PreferredLanguage = "it";
        db.WorkingGroupMemberships.Add(new WorkingGroupMembership { PersonId = person.Id, Priority = 3, IsCoordinator = true });
        DateTimeOffset now = DateTimeOffset.UtcNow;
        db.ReminderSubscriptions.Add(new ReminderSubscription { PersonId = person.Id, ItemKey = $"event:ev-{tag}", CreatedAt = now });
        db.ReminderPreferences.Add(new ReminderPreference { PersonId = person.Id, Kind = ReminderKind.Event, Offsets = "2d 1h" });
        db.ReminderOptOuts.Add(new ReminderOptOut { PersonId = person.Id, ItemKey = $"call:optout-{tag}", CreatedAt = now });
        db.Subscriptions.Add(new Subscription { PersonId = person.Id, ItemKind = KnowledgeKind.Call, ItemId = $"call-{tag}", CreatedAt = now });
        string conversationId = (await db.Conversations.FirstAsync(c => c.PersonId == person.Id)).ConversationId;
        db.StaffQuestions.Add(new StaffQuestion
        {
            PersonId = person.Id, ConversationId = conversationId, Text = $"Question of {tag}: quando apre il bando?", Language = "it", AskedAt = now,
        });
        int staffId = await db.People.Where(p => p.TeamsUserId == TestActivities.UserId).Select(p => p.Id).SingleAsync();
        var past = new Meeting
        {
            Kind = MeetingKind.GeneralAssembly, Uid = $"past-{tag}@test", FirstCallAt = now.AddDays(-60), ConvenedByPersonId = staffId, ConvenedAt = now.AddDays(-90),
        };
        db.Meetings.Add(past);
        await db.SaveChangesAsync();
        db.MeetingResponses.Add(new MeetingResponse { MeetingId = past.Id, PersonId = person.Id, OrganisationId = org.Id, Answer = MeetingAnswer.InPerson, AnsweredAt = now.AddDays(-70) });
        await db.SaveChangesAsync();

        var form = new ConvocationForm(MeetingKind.GeneralAssembly, null, now.AddDays(30), null, $"Bologna {tag}", null, ["Bilancio"], [], 15, false);
        Meeting upcoming = (await scope.ServiceProvider.GetRequiredService<MeetingService>().ConveneAsync(form, staffId, default))!;
        await scope.ServiceProvider.GetRequiredService<SendConvocationJob>().RunAsync(upcoming.Id, upcoming.Sequence, default);
        db.MeetingResponses.Add(new MeetingResponse
        {
            MeetingId = upcoming.Id, PersonId = person.Id, OrganisationId = org.Id, Answer = MeetingAnswer.Proxy, ProxyOrganisationId = org.Id, AnsweredAt = now,
        });
        await db.SaveChangesAsync();
        return new SeededPerson(person.Id, org.Id, upcoming.Id, past.Id);
    }
}
