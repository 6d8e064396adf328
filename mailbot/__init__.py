"""mailbot: registrations by plain email, for events like the MSO-Tag in Münster."""

__version__ = "0.1.0"
