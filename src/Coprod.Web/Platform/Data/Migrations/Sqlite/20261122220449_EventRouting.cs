using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventRouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DigestBatchId",
                table: "events_deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DigestSentAt",
                table: "events_deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "events_deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reason",
                table: "events_deliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "events_deliveries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "events_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_follow_ups_events_deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "events_deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events_routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Communes = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", nullable: false),
                    MinimumSeverity = table.Column<int>(type: "INTEGER", nullable: false),
                    Window = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    To = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Targets = table.Column<string>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_routing_rules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_deliveries_DigestBatchId",
                table: "events_deliveries",
                column: "DigestBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_events_deliveries_Mode_DigestSentAt_InstitutionId",
                table: "events_deliveries",
                columns: new[] { "Mode", "DigestSentAt", "InstitutionId" });

            migrationBuilder.CreateIndex(
                name: "IX_events_deliveries_Mode_EscalatedAt_AcknowledgedAt_RoutedAt",
                table: "events_deliveries",
                columns: new[] { "Mode", "EscalatedAt", "AcknowledgedAt", "RoutedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_follow_ups_DeliveryId",
                table: "events_follow_ups",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_events_follow_ups_EventId_At",
                table: "events_follow_ups",
                columns: new[] { "EventId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_events_routing_rules_PartnershipId_IsActive",
                table: "events_routing_rules",
                columns: new[] { "PartnershipId", "IsActive" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events_follow_ups");

            migrationBuilder.DropTable(
                name: "events_routing_rules");

            migrationBuilder.DropIndex(
                name: "IX_events_deliveries_DigestBatchId",
                table: "events_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_events_deliveries_Mode_DigestSentAt_InstitutionId",
                table: "events_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_events_deliveries_Mode_EscalatedAt_AcknowledgedAt_RoutedAt",
                table: "events_deliveries");

            migrationBuilder.DropColumn(
                name: "DigestBatchId",
                table: "events_deliveries");

            migrationBuilder.DropColumn(
                name: "DigestSentAt",
                table: "events_deliveries");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "events_deliveries");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "events_deliveries");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "events_deliveries");
        }
    }
}
