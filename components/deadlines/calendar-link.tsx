/** The .ics download, styled as the page's primary action. */
export function CalendarLink({ href }: { href: string }) {
  return (
    <a href={href} download className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-600 hover:no-underline">
      Download calendar (.ics)
    </a>
  );
}
