using System.Text;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Assemblies;
using Hangfire;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// The submitted convocation form: checked (notice period included), saved, handed to Hangfire for the
/// fan-out, and answered with the state card the staff member will watch.
/// </summary>
internal sealed class ConvocationSubmitHandler(
    StaffOnly<AssembliesFeature> gate,
    MeetingService meetings,
    MeetingDirectory directory,
    StaffCards staffCards,
    IBackgroundJobClient jobs,
    TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!await gate.AllowAsync(context, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        string lang = member.Language;
        var t = AssembliesTexts.Texts;
        CardAction action = context.CardAction!;
        MeetingKind kind = Enum.TryParse(action.GetString("kind"), out MeetingKind k) ? k : MeetingKind.GeneralAssembly;
        ConvocationForm? form = ConvocationForm.Read(action, meetings.NoticeDays(kind), time.GetUtcNow(), out List<FormError> errors);
        if (form is null)
        {
            var text = new StringBuilder(t.Get("Form.Error.Heading", lang));
            foreach (FormError error in errors)
            {
                object?[] args = [.. error.Args.Select(a => a is DateTimeOffset d ? ReminderTime.When(d, member.TimeZoneId, lang) : a)];
                text.Append("\n- ").Append(t.Get(error.Key, lang, args));
            }

            await context.SendTextAsync(text.ToString(), cancellationToken);
            return;
        }

        Meeting? meeting = await meetings.ConveneAsync(form, member.PersonId, cancellationToken);
        if (meeting is null)
        {
            await context.SendTextAsync(t.Get("UnknownMeeting", lang), cancellationToken);
            return;
        }

        jobs.Enqueue<SendConvocationJob>(job => job.RunAsync(meeting.Id, meeting.Sequence, CancellationToken.None));
        int participants = (await directory.ParticipantsAsync(meeting.Kind, cancellationToken)).Count;
        string when = ReminderTime.When(meeting.FirstCallAt, member.TimeZoneId, lang);
        string title = MeetingCards.Title(meeting.Kind, lang);
        await context.SendTextAsync(meeting.Sequence == 0 ? t.Get("Convened", lang, title, when, participants) : t.Get("Changed", lang, title, when), cancellationToken);
        await staffCards.SendAsync(context, meeting.Id, cancellationToken);
    }
}
