using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gov_decision_digests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    SentBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_decision_digests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_decision_digests_gov_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "gov_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerInstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Communes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_decisions_gov_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "gov_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gov_digest_recipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DigestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gov_digest_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gov_digest_recipients_gov_decision_digests_DigestId",
                        column: x => x.DigestId,
                        principalTable: "gov_decision_digests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gov_decision_digests_MeetingId",
                table: "gov_decision_digests",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_decision_digests_PartnershipId_MeetingId",
                table: "gov_decision_digests",
                columns: new[] { "PartnershipId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_gov_decisions_MeetingId",
                table: "gov_decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_decisions_OwnerPersonId",
                table: "gov_decisions",
                column: "OwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_gov_decisions_PartnershipId_BodyId",
                table: "gov_decisions",
                columns: new[] { "PartnershipId", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_gov_digest_recipients_DigestId_UserId",
                table: "gov_digest_recipients",
                columns: new[] { "DigestId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gov_digest_recipients_UserId",
                table: "gov_digest_recipients",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gov_decisions");

            migrationBuilder.DropTable(
                name: "gov_digest_recipients");

            migrationBuilder.DropTable(
                name: "gov_decision_digests");
        }
    }
}
