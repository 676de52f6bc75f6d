using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClustER.Bot.Storage.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Polls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingPolls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    VotesVisibleToAll = table.Column<bool>(type: "bit", nullable: false),
                    CreatedByPersonId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ChosenSlotId = table.Column<int>(type: "int", nullable: true),
                    ResultSequence = table.Column<int>(type: "int", nullable: false),
                    Uid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CloseJobId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReminderJobId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPolls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPollSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PollId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPollSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingPollSlots_MeetingPolls_PollId",
                        column: x => x.PollId,
                        principalTable: "MeetingPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPollVotes",
                columns: table => new
                {
                    SlotId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    PollId = table.Column<int>(type: "int", nullable: false),
                    Answer = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPollVotes", x => new { x.SlotId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_MeetingPollVotes_MeetingPollSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "MeetingPollSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingPollVotes_MeetingPolls_PollId",
                        column: x => x.PollId,
                        principalTable: "MeetingPolls",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeetingPollVotes_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPolls_Deadline",
                table: "MeetingPolls",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPolls_Uid",
                table: "MeetingPolls",
                column: "Uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPollSlots_PollId_Position",
                table: "MeetingPollSlots",
                columns: new[] { "PollId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPollVotes_PersonId",
                table: "MeetingPollVotes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPollVotes_PollId_PersonId",
                table: "MeetingPollVotes",
                columns: new[] { "PollId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingPollVotes");

            migrationBuilder.DropTable(
                name: "MeetingPollSlots");

            migrationBuilder.DropTable(
                name: "MeetingPolls");
        }
    }
}
