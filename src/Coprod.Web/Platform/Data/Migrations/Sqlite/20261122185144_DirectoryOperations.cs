using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coprod.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_services_directory_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "directory_institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directory_competences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProblemCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_competences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_competences_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_on_call_shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_on_call_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_on_call_shifts_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_presence_slots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_presence_slots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_presence_slots_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_service_territories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_service_territories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directory_service_territories_directory_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "directory_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_competences_PartnershipId_ProblemCode",
                table: "directory_competences",
                columns: new[] { "PartnershipId", "ProblemCode" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_competences_ServiceId",
                table: "directory_competences",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_on_call_shifts_PartnershipId_From",
                table: "directory_on_call_shifts",
                columns: new[] { "PartnershipId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_on_call_shifts_ServiceId",
                table: "directory_on_call_shifts",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_presence_slots_PartnershipId_ServiceId",
                table: "directory_presence_slots",
                columns: new[] { "PartnershipId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_presence_slots_ServiceId",
                table: "directory_presence_slots",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_service_territories_ServiceId",
                table: "directory_service_territories",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_InstitutionId",
                table: "directory_services",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_directory_services_PartnershipId_InstitutionId_Name",
                table: "directory_services",
                columns: new[] { "PartnershipId", "InstitutionId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_competences");

            migrationBuilder.DropTable(
                name: "directory_on_call_shifts");

            migrationBuilder.DropTable(
                name: "directory_presence_slots");

            migrationBuilder.DropTable(
                name: "directory_service_territories");

            migrationBuilder.DropTable(
                name: "directory_services");
        }
    }
}
