using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PollCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IfNeedBeCount",
                table: "MeetingPollSlots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NoCount",
                table: "MeetingPollSlots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "YesCount",
                table: "MeetingPollSlots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TallyVersion",
                table: "MeetingPolls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VoterCount",
                table: "MeetingPolls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The polls voted on before the counters existed: count their votes once (Answer: 0 No, 1 IfNeedBe, 2 Yes).
            migrationBuilder.Sql("""
                UPDATE MeetingPollSlots SET
                    YesCount = (SELECT COUNT(*) FROM MeetingPollVotes v WHERE v.SlotId = MeetingPollSlots.Id AND v.Answer = 2),
                    IfNeedBeCount = (SELECT COUNT(*) FROM MeetingPollVotes v WHERE v.SlotId = MeetingPollSlots.Id AND v.Answer = 1),
                    NoCount = (SELECT COUNT(*) FROM MeetingPollVotes v WHERE v.SlotId = MeetingPollSlots.Id AND v.Answer = 0);
                UPDATE MeetingPolls SET
                    VoterCount = (SELECT COUNT(DISTINCT v.PersonId) FROM MeetingPollVotes v WHERE v.PollId = MeetingPolls.Id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IfNeedBeCount",
                table: "MeetingPollSlots");

            migrationBuilder.DropColumn(
                name: "NoCount",
                table: "MeetingPollSlots");

            migrationBuilder.DropColumn(
                name: "YesCount",
                table: "MeetingPollSlots");

            migrationBuilder.DropColumn(
                name: "TallyVersion",
                table: "MeetingPolls");

            migrationBuilder.DropColumn(
                name: "VoterCount",
                table: "MeetingPolls");
        }
    }
}
