package org.wic.registry.dues;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's log through java.util.logging (its default writes to standard error, which the
 * server logs as SEVERE): its chatter at FINE, its warnings as warnings.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(quieter(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger.getLogger(where).log(quieter(level), message, failure);
    }

    @Override
    public void setLevel(String where, Level level) {
        // the server's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(quieter(diagnostic.getLevel()));
    }

    private static Level quieter(Level level) {
        return level.intValue() <= Level.INFO.intValue() ? Level.FINE : level;
    }
}
