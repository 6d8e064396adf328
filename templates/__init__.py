# Makes the notice templates importable as package data (mailbot.templates).
