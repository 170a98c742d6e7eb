// Test helper: opens the database like a server would, writes one organization, reports it,
// then stays alive until it is killed (-9), never closing the database cleanly.
import { openDatabase } from "@/lib/db/connection";

const db = await openDatabase();
const org = await db.prisma.organization.create({ data: { name: process.argv[2] ?? "killed-writer", country: "IE", employees: 1 } });
process.stdout.write(`written ${org.id}\n`);
setInterval(() => undefined, 1000);
