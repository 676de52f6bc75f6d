using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Privacy;

/// <summary>
/// "i miei dati" / "my data": a signed, expiring link to the member's export. Signing takes microseconds; the
/// export itself is built when the link is opened (<see cref="ExportEndpoint"/>), never inside the turn.
/// Staff can ask for a member's link ("esporta dati di …") to hand it over on request.
/// </summary>
internal sealed class MyDataHandler(ExportLinks links, StaffOnly<PrivacyFeature> staffOnly, PrivacyPeople people, ILogger<MyDataHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (await PrivacyPeople.RefuseInGroupAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        string lang = member.Language;
        var t = PrivacyTexts.Texts;
        if (context.RouteMatch?.Groups["email"] is { Success: true } email)
        {
            if (!await staffOnly.AllowAsync(context, "export", cancellationToken))
            {
                return;
            }

            IReadOnlyList<(int Id, string Name)> found = await people.FindByEmailAsync(email.Value, cancellationToken);
            if (found.Count == 0)
            {
                await context.SendTextAsync(t.Get("Staff.NoSuchEmail", lang, email.Value), cancellationToken);
                return;
            }

            foreach ((int id, string name) in found)
            {
                (string url, DateTimeOffset expires) = links.Create(id);
                Log.ExportLinkIssued(logger, id, member.PersonId);
                await context.SendTextAsync(t.Get("Staff.ExportLink", lang, name, url, ReminderTime.When(expires, member.TimeZoneId, lang)), cancellationToken);
            }

            return;
        }

        (string link, DateTimeOffset until) = links.Create(member.PersonId);
        Log.ExportLinkIssued(logger, member.PersonId, member.PersonId);
        await context.SendTextAsync(t.Get("MyData.Link", lang, link, ReminderTime.When(until, member.TimeZoneId, lang)), cancellationToken);
    }
}
