import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">There is no page, framework or provision at this address.</p>
      <p className="mt-6"><Link href="/frameworks">Browse the frameworks</Link></p>
    </div>
  );
}
