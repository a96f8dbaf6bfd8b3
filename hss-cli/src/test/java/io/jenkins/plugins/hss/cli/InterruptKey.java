package io.jenkins.plugins.hss.cli;

/** Ctrl-C for an in-process command: {@link #press()} delivers the interrupt the command listens for. */
final class InterruptKey implements Interruption {

    private volatile Runnable onInterrupt = () -> { };

    @Override
    public Watch watch(Runnable onInterrupt) {
        this.onInterrupt = onInterrupt;
        return () -> this.onInterrupt = () -> { };
    }

    void press() {
        onInterrupt.run();
    }
}
