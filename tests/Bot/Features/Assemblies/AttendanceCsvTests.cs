using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Tests.Bot.Features.Assemblies;

public sealed class AttendanceCsvTests
{
    [Fact]
    public void Write_AnswersProxiesAndHostileNames_QuotedAndNeutralised()
    {
        List<Participant> people = [new(1, "Anna", 1, "Ospedale, Bologna"), new(2, "=HYPERLINK(\"x\")", 2, "Org 2"), new(3, "Carlo", 3, "Org 3")];
        List<MeetingResponse> responses =
        [
            new() { PersonId = 1, OrganisationId = 1, Answer = MeetingAnswer.InPerson, AnsweredAt = new DateTimeOffset(2027, 3, 2, 10, 0, 0, TimeSpan.Zero) },
            new() { PersonId = 2, OrganisationId = 2, Answer = MeetingAnswer.Proxy, ProxyOrganisationId = 1 },
        ];

        string[] lines = AttendanceCsv.Write(people, responses, new Dictionary<int, string> { [1] = "Ospedale, Bologna", [2] = "Org 2", [3] = "Org 3" })
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Organisation,Representative,Answer,ProxyTo,ProxiesHeld,AnsweredAtUtc", lines[0]);
        Assert.Equal("\"Ospedale, Bologna\",Anna,InPerson,,1,2027-03-02 10:00", lines[1]);
        Assert.StartsWith("Org 2,\"'=HYPERLINK(\"\"x\"\")\",Proxy,\"Ospedale, Bologna\",0", lines[2], StringComparison.Ordinal);
        Assert.Equal("Org 3,Carlo,NoAnswer,,0,", lines[3]);
    }
}
